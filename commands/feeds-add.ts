import { describeFilters, filterOptions, filterRequest } from './feeds-filter-text.js';
import { requireChannels } from './require-channels.js';
import type { CommandDefinition } from './types.js';

export const feedsAddCommand: CommandDefinition = {
  group: 'feeds',
  name: 'add',
  description: 'Follow a news feed (RSS, Atom or JSON Feed) in this channel',
  permission: 'manage',
  options: [
    {
      name: 'url',
      description: 'Link to the feed or to a site that has one',
      type: 'string',
      required: true,
    },
    ...filterOptions(false),
  ],
  async run(input, deps) {
    const added = await requireChannels(deps).addFeed(
      input.channel,
      String(input.options.url),
      input.user.id,
      filterRequest(input.options),
    );
    const filters = describeFilters(added);
    return {
      title: 'Feed added',
      body: [
        [
          'Following ',
          { strong: added.title },
          ' (',
          { link: added.url },
          `): ${added.items} item(s) in the feed now. New stories will appear in this channel’s digests.`,
        ],
        ...(filters ? [['Filters: ', ...filters, '.']] : []),
      ],
    };
  },
};
