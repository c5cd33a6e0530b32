import { type PassOptions, type PassSummary, type PollDeps, pollDueFeeds } from './poll-feeds.js';

export interface Poller {
  /** Stops scheduling and waits for a pass in progress to finish. */
  stop(): Promise<void>;
}

export interface PollerOptions extends PassOptions {
  /** Called after every pass, e.g. to hand new items to delivery. */
  onPass?: (summary: PassSummary) => void | Promise<void>;
}

/**
 * Runs `pollDueFeeds` now and then every `intervalMs`, never two passes at once (the next pass is
 * scheduled when the last one ends). A full batch means more feeds are waiting, so the next pass
 * starts at once. Timers are unref'd: the poller alone keeps no process alive.
 */
export function startPoller(
  deps: PollDeps,
  intervalMs: number,
  options: PollerOptions = {},
): Poller {
  const batch = options.batch ?? 100;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runPass().finally(() => {
        running = null;
      });
    }, delayMs);
    timer.unref?.();
  };

  const runPass = async () => {
    let more = false;
    try {
      const summary = await pollDueFeeds(deps, { ...options, batch });
      more = summary.checked >= batch && summary.counts.error === 0;
      await options.onPass?.(summary);
    } catch (error) {
      deps.log.error({ err: error }, 'feed poll pass failed');
    }
    schedule(more ? 0 : intervalMs);
  };

  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
