import type { FetchOutcome } from '../core/fetch-outcome.js';

export interface BackoffOptions {
  /** The normal gap between two checks of a healthy feed. */
  intervalMs: number;
  /** The longest gap exponential backoff grows to. */
  maxBackoffMs: number;
  /** Retry-After is honoured up to this; a site asking for a month is not taken at its word. */
  maxRetryAfterMs: number;
}

/**
 * The gap before the next check after the `failures`-th consecutive failure (1 for the first):
 * interval × 2^failures, capped, and never shorter than the site's Retry-After.
 */
export function backoffDelay(
  failures: number,
  options: BackoffOptions,
  retryAfterMs?: number,
): number {
  const exponent = Math.min(Math.max(failures, 0), 30);
  const grown = Math.min(options.intervalMs * 2 ** exponent, options.maxBackoffMs);
  const asked = Math.min(Math.max(retryAfterMs ?? 0, 0), options.maxRetryAfterMs);
  return Math.max(grown, asked);
}

/**
 * How much patience a failure deserves:
 * - `permanent`: retrying cannot help, so the feed stops at once. 410 Gone says so in words; a
 *   blocked address stays blocked by the same policy; a URL that does not parse never will.
 * - `likely-gone`: 404, or an HTML page where a feed used to be (a parked domain, a redirect to
 *   the home page). Usually final, but a deploy or a CDN hiccup can cause either for an hour,
 *   so these stop the feed after a few strikes instead of at once.
 * - `transient`: timeouts, 5xx, 429, network and DNS errors, oversized bodies: backoff, and
 *   stop only after the full run of consecutive failures.
 */
export type FailureClass = 'permanent' | 'likely-gone' | 'transient';

export function classifyFetchFailure(outcome: FetchOutcome): FailureClass {
  switch (outcome.kind) {
    case 'blocked-address':
      return 'permanent';
    case 'http-error':
      if (outcome.status === 410 || outcome.reason === 'bad-redirect') return 'permanent';
      return outcome.status === 404 ? 'likely-gone' : 'transient';
    case 'parse-error':
      // The fetcher's parse-error means the URL itself is malformed.
      return 'permanent';
    case 'unsupported-type':
      return 'likely-gone';
    default:
      return 'transient';
  }
}
