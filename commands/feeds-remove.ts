import { feedOption } from './feed-option.js';
import { requireChannels } from './require-channels.js';
import type { CommandDefinition } from './types.js';

export const feedsRemoveCommand: CommandDefinition = {
  group: 'feeds',
  name: 'remove',
  description: 'Stop following a feed in this channel',
  permission: 'manage',
  options: [feedOption],
  async run(input, deps) {
    const title = await requireChannels(deps).removeFeed(input.channel, String(input.options.feed));
    return {
      title: 'Feed removed',
      body: [['This channel no longer follows ', { strong: title }, '.']],
    };
  },
};
