import type { Fetcher } from '../core/fetch-outcome.js';
import type { BackoffOptions } from './backoff.js';
import type { Clock, Log, Store } from './ports.js';

export interface PollOptions extends BackoffOptions {
  /** How many of the newest items the first poll of a feed announces; the rest are only seen. */
  firstPollLimit: number;
  /** Consecutive failures after which a feed is disabled. */
  maxFailures: number;
  /** Consecutive failures after which a 404 or an HTML page instead of a feed disables it. */
  likelyGoneStrikes: number;
}

export const defaultPollOptions: PollOptions = {
  intervalMs: 15 * 60_000,
  maxBackoffMs: 24 * 60 * 60_000,
  maxRetryAfterMs: 24 * 60 * 60_000,
  firstPollLimit: 3,
  maxFailures: 8,
  likelyGoneStrikes: 3,
};

export interface PollDeps {
  store: Store;
  fetcher: Fetcher;
  clock: Clock;
  log: Log;
  options?: Partial<PollOptions>;
}

/** What one check of one feed did. `newItems` counts the items to announce. */
export type PollResult =
  | { feedId: number; outcome: 'updated'; newItems: number; nextCheckAt: number }
  | { feedId: number; outcome: 'not-modified'; newItems: 0; nextCheckAt: number }
  | {
      feedId: number;
      outcome: 'partial' | 'failed';
      newItems: number;
      error: string;
      failureCount: number;
      nextCheckAt: number;
    }
  | { feedId: number; outcome: 'disabled'; newItems: number; error: string; reason: string };
