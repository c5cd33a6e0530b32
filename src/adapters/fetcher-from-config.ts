import type { Config } from '../config.js';
import { packageVersion } from '../package-root.js';
import { createSafeFetcher, type SafeFetcher } from './http/safe-fetcher.js';

/** The one safe fetcher of a Lede process, with the operator's limits. */
export function fetcherFromConfig(config: Config): SafeFetcher {
  return createSafeFetcher({
    version: packageVersion(),
    maxBytes: config.fetchMaxBytes,
    totalTimeoutMs: config.fetchTimeoutMs,
    connectTimeoutMs: config.fetchConnectTimeoutMs,
    allowPrivateHosts: config.allowPrivateHosts,
  });
}
