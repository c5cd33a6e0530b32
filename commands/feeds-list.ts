import { describeFilters } from './feeds-filter-text.js';
import { requireChannels } from './require-channels.js';
import type { CommandDefinition } from './types.js';

export const feedsListCommand: CommandDefinition = {
  group: 'feeds',
  name: 'list',
  description: 'The feeds this channel follows, and whether each is healthy',
  permission: 'everyone',
  options: [],
  async run(input, deps) {
    const feeds = await requireChannels(deps).listFeeds(input.channel);
    if (feeds.length === 0) {
      return {
        title: 'Feeds',
        body: [
          [
            'This channel follows no feeds yet. Add one with ',
            { code: `/${deps.commandName} feeds add` },
            '.',
          ],
        ],
      };
    }
    return {
      title: `Feeds (${feeds.length})`,
      body: feeds.map((feed) => {
        const filters = describeFilters(feed);
        return [
          { strong: feed.title },
          ' — ',
          { link: feed.url },
          ` — ${feed.health}`,
          ...(filters ? [' — ', ...filters] : []),
        ];
      }),
    };
  },
};
