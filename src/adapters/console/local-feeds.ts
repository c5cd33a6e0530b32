import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../errors.js';
import type { ChannelServices } from '../../services/channel-types.js';

/**
 * At the console the person typing owns the machine, so a feed may be a file on it:
 * `feeds add url:examples/feed.xml` follows the file (read again at every poll), and
 * `feeds remove feed:examples/feed.xml` and `feeds filter feed:examples/feed.xml` find it again.
 * Links and feed titles pass unchanged.
 */
export function withLocalFeedPaths(channels: ChannelServices): ChannelServices {
  return {
    ...channels,
    addFeed: (...args: Parameters<ChannelServices['addFeed']>) => {
      const [channel, url, ...rest] = args;
      return channels.addFeed(channel, feedAddress(url), ...rest);
    },
    removeFeed: (channel, feed) => orByPath(feed, (ref) => channels.removeFeed(channel, ref)),
    setFeedFilter: (channel, feed, request) =>
      orByPath(feed, (ref) => channels.setFeedFilter(channel, ref, request)),
  };
}

/** Runs `use` with the feed as typed and, if no feed matches that, with the path's address. */
async function orByPath<T>(typed: string, use: (ref: string) => Promise<T>): Promise<T> {
  try {
    return await use(typed);
  } catch (error) {
    const address = feedAddress(typed);
    if (!(error instanceof UserError) || address === typed.trim()) throw error;
    return use(address);
  }
}

/** What was typed, or the `file:` URL of a path (relative to where Lede was started). */
function feedAddress(typed: string): string {
  const trimmed = typed.trim();
  if (trimmed === '' || /^<?[a-z][a-z\d+.-]*:/i.test(trimmed)) return trimmed;
  return pathToFileURL(resolve(trimmed)).href;
}
