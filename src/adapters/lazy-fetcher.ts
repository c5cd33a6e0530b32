import type { Config } from '../config.js';
import type { SafeFetcher } from './http/safe-fetcher.js';

/**
 * The configured safe fetcher, built on the first fetch: `lede summarize article.txt` reads a
 * file and never pays for loading the HTTP client. Closing one never used does nothing.
 */
export function lazyFetcher(config: Config): SafeFetcher {
  let made: Promise<SafeFetcher> | undefined;
  const fetcher = () => {
    made ??= import('./fetcher-from-config.js').then((m) => m.fetcherFromConfig(config));
    return made;
  };
  return {
    fetch: async (req) => (await fetcher()).fetch(req),
    close: async () => {
      if (made) await (await made).close();
    },
  };
}
