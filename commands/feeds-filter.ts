import { UserError } from '../src/errors.js';
import { feedOption } from './feed-option.js';
import { describeFilters, filterOptions, filterRequest } from './feeds-filter-text.js';
import { requireChannels } from './require-channels.js';
import type { CommandDefinition } from './types.js';

export const feedsFilterCommand: CommandDefinition = {
  group: 'feeds',
  name: 'filter',
  description: 'Choose which items of a feed reach this channel: words to include or exclude',
  permission: 'manage',
  options: [feedOption, ...filterOptions(true)],
  async run(input, deps) {
    const request = filterRequest(input.options);
    if (request.include === undefined && request.exclude === undefined) {
      throw new UserError('Give `include`, `exclude` or both (an empty value or - clears one).');
    }
    const feed = String(input.options.feed);
    const changed = await requireChannels(deps).setFeedFilter(input.channel, feed, request);
    const filters = describeFilters(changed);
    return {
      title: 'Feed filters',
      body: [
        filters
          ? [{ strong: changed.title }, ': ', ...filters, '.']
          : [{ strong: changed.title }, ': no filters, every item reaches the digest.'],
      ],
    };
  },
};
