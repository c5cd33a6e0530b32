import { parseDuration } from '../src/core/duration.js';
import { UserError } from '../src/errors.js';
import { requireChannels } from './require-channels.js';
import type { CommandDefinition } from './types.js';

export const digestCommand: CommandDefinition = {
  name: 'digest',
  description: 'A neutral digest of this channel’s feeds, now',
  permission: 'everyone',
  options: [
    { name: 'since', description: 'How far back: 30m, 24h or 7d (default 24h)', type: 'string' },
    {
      name: 'max',
      description: 'At most this many stories (default 10, up to 40)',
      type: 'integer',
    },
  ],
  async run(input, deps) {
    const since = input.options.since === undefined ? '24h' : String(input.options.since);
    const sinceMs = parseDuration(since);
    if (sinceMs === null)
      throw new UserError(
        `\`since\` takes a number and m, h or d, like 30m, 24h or 7d (got "${since}").`,
      );
    const max = input.options.max === undefined ? 10 : Number(input.options.max);
    if (max < 1 || max > 40) throw new UserError('`max` must be between 1 and 40.');
    return requireChannels(deps).digest(input.channel, { sinceMs, max });
  },
};
