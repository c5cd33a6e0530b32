export { canonicalUrl, resolveUrl, stripTrackingParams } from './clean-url.js';
export { findAdvertisedFeeds } from './html-page.js';
export { assignIdentities } from './item-identity.js';
export { type OpmlFeed, type OpmlSubscriptions, parseOpml } from './opml.js';
export { parseFeedDate } from './parse-date.js';
export { parseFeed } from './parse-feed.js';
export {
  newestFirst,
  type Selection,
  type SelectOptions,
  selectNewItems,
} from './select-new-items.js';
export type { FeedFormat, NormalizedFeed, NormalizedItem, ParseFeedOutcome } from './types.js';
