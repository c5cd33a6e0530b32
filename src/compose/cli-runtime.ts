import { lazyFetcher } from '../adapters/lazy-fetcher.js';
import type { Config } from '../config.js';
import type { Log } from '../services/ports.js';
import { type ComposedEngine, composeEngine } from './engine.js';
import { composeFetchers, type Fetchers } from './fetchers.js';

export interface CliRuntime {
  config: Config;
  fetchers: Fetchers;
  engine: ComposedEngine;
}

/** The fetchers and a one-worker engine for one CLI command, closed when it is done. */
export async function withCliRuntime(
  config: Config,
  log: Log,
  run: (runtime: CliRuntime) => Promise<number>,
): Promise<number> {
  const fetchers = composeFetchers(config, lazyFetcher(config));
  // The worker (and the NLP model it loads) starts while the command reads its input.
  const engine = composeEngine(config, log, { workers: 1, prestart: true });
  try {
    return await run({ config, fetchers, engine });
  } finally {
    await Promise.all([fetchers.close(), engine.close()]);
  }
}
