import { parseDuration } from '../src/core/duration.js';
import { UserError } from '../src/errors.js';
import { storyCountOption } from './option-rules.js';
import { requireChannels } from './require-channels.js';
import type { CommandDefinition } from './types.js';

export const digestCommand: CommandDefinition = {
  name: 'digest',
  description: 'A neutral digest of this channel’s feeds, now',
  permission: 'everyone',
  options: [
    {
      name: 'since',
      description: 'How far back: 30m, 24h or 7d (default 24h)',
      type: 'string',
      default: '24h',
    },
    storyCountOption(''),
  ],
  async run(input, deps) {
    const since = String(input.options.since);
    const sinceMs = parseDuration(since);
    if (sinceMs === null)
      throw new UserError(
        `\`since\` takes a number and m, h or d, like 30m, 24h or 7d (got "${since}").`,
      );
    const max = Number(input.options.max);
    return requireChannels(deps).digest(input.channel, { sinceMs, max });
  },
};
