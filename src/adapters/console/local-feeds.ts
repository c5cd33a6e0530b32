import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChannelServices } from '../../../commands/types.js';
import { UserError } from '../../errors.js';

/**
 * At the console the person typing owns the machine, so a feed may be a file on it:
 * `feeds add url:examples/feed.xml` follows the file (read again at every poll), and
 * `feeds remove feed:examples/feed.xml` finds it again. Links and feed titles pass unchanged.
 */
export function withLocalFeedPaths(channels: ChannelServices): ChannelServices {
  return {
    ...channels,
    addFeed: (...args: Parameters<ChannelServices['addFeed']>) => {
      const [channel, url, ...rest] = args;
      return channels.addFeed(channel, feedAddress(url), ...rest);
    },
    async removeFeed(channel, feed) {
      try {
        return await channels.removeFeed(channel, feed);
      } catch (error) {
        const address = feedAddress(feed);
        if (!(error instanceof UserError) || address === feed.trim()) throw error;
        return channels.removeFeed(channel, address);
      }
    },
  };
}

/** What was typed, or the `file:` URL of a path (relative to where Lede was started). */
function feedAddress(typed: string): string {
  const trimmed = typed.trim();
  if (trimmed === '' || /^<?[a-z][a-z\d+.-]*:/i.test(trimmed)) return trimmed;
  return pathToFileURL(resolve(trimmed)).href;
}
