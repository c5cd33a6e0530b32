import type { CommandOption } from './types.js';

/** The `feed` option of the commands that act on one followed feed (suggested as you type). */
export const feedOption: CommandOption = {
  name: 'feed',
  description: 'The feed (its link, or pick from the list)',
  type: 'string',
  required: true,
  suggest: 'feeds',
};
