import type { SafeFetcher } from '../adapters/http/safe-fetcher.js';
import { withLocalFeeds } from '../adapters/local-feed-fetcher.js';
import { readLocalText } from '../adapters/local-source.js';
import type { Config } from '../config.js';
import type { Fetcher } from '../core/fetch-outcome.js';
import { createItemText, type ItemTextReader } from '../services/item-text.js';

export interface Fetchers {
  /** The safe fetcher: article links, attachments and every web request. */
  web: SafeFetcher;
  /** Feeds: the web, and `file:` feeds (added in console mode) read from disk. */
  feeds: Fetcher;
  /** A feed item's text: its content, or its page fetched and extracted. */
  itemText: ItemTextReader;
  /** A local file (or `-`, stdin) as text under the fetch byte cap, for the CLI. */
  readLocal(path: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * What is built over the one safe fetcher of a process. `lede start` builds that fetcher at once
 * (undici loads before discord.js, the order src/adapters/discord/rest-options.ts allows for); a
 * CLI command gets a lazy one, so `lede summarize article.txt` never loads the HTTP client.
 */
export function composeFetchers(config: Config, web: SafeFetcher): Fetchers {
  return {
    web,
    feeds: withLocalFeeds(web, config.fetchMaxBytes),
    itemText: createItemText(web),
    readLocal: (path) => readLocalText(path, config.fetchMaxBytes),
    close: () => web.close(),
  };
}
