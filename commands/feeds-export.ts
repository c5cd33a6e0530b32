import { requireChannels } from './require-channels.js';
import type { CommandDefinition } from './types.js';

export const feedsExportCommand: CommandDefinition = {
  group: 'feeds',
  name: 'export',
  description: 'This channel’s feeds as an OPML file, for a feed reader or another channel',
  permission: 'everyone',
  options: [],
  async run(input, deps) {
    const channels = requireChannels(deps);
    const opml = await channels.exportFeeds(input.channel);
    const count = (await channels.listFeeds(input.channel)).length;
    return {
      title: 'Feeds export',
      body: [
        [
          `${count} feed(s) as OPML, for a feed reader or `,
          { code: `/${deps.commandName} feeds import` },
          ' in another channel.',
        ],
      ],
      file: { name: 'lede-feeds.opml', text: opml },
    };
  },
};
