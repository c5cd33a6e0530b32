import { fetcherFromConfig } from '../adapters/fetcher-from-config.js';
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

/** The one safe fetcher of a process and what is built over it. */
export function composeFetchers(config: Config): Fetchers {
  const web = fetcherFromConfig(config);
  return {
    web,
    feeds: withLocalFeeds(web, config.fetchMaxBytes),
    itemText: createItemText(web),
    readLocal: (path) => readLocalText(path, config.fetchMaxBytes),
    close: () => web.close(),
  };
}
