import type { Clock, Log, OutboxEntry, OutboxStore } from '../ports.js';
import { type DeliverDeps, type DeliveryOptions, deliverEntry } from './deliver-entry.js';
import type { FailPoint } from './fail-points.js';
import type { Posters } from './poster.js';

export interface OutboxWorkerDeps {
  outbox: OutboxStore;
  runs: DeliverDeps['runs'];
  posters: Posters;
  clock: Clock;
  log: Log;
  /** Digests posted at the same time; the platforms' own rate limits still apply. */
  concurrency?: number;
  /** Longest sleep between looks at the outbox (retries come due without a kick). */
  idleMs?: number;
  options?: Partial<DeliveryOptions>;
  failPoint?: FailPoint;
}

export interface OutboxWorker {
  /** Look at the outbox now (a digest was just queued). */
  kick(): void;
  /** Resolves when nothing is due or in flight (tests, benchmarks). */
  drained(): Promise<void>;
  /** Stops taking work and waits for the posts in flight. */
  stop(): Promise<void>;
}

/**
 * Delivers what the outbox holds: everything undelivered at start-up (digests queued before a
 * crash or restart), each new digest as it is queued, and retries when they come due.
 */
export function startOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const concurrency = deps.concurrency ?? 4;
  const idleMs = deps.idleMs ?? 30_000;
  const inFlight = new Map<number, Promise<void>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let waiters: (() => void)[] = [];

  const deliver = async (entry: OutboxEntry) => {
    const poster = deps.posters[entry.channel.platform as keyof Posters];
    try {
      if (!poster) {
        const error = `no ${entry.channel.platform} connection is configured`;
        deps.outbox.markRetry(entry.id, error, deps.clock.now() + idleMs);
        deps.log.warn({ channel: entry.channel, key: entry.key }, error);
        return;
      }
      await deliverEntry(entry, { ...deps, poster });
    } catch (error) {
      // A bug or an unexpected throw: keep the entry, try again later.
      deps.outbox.markRetry(entry.id, String(error), deps.clock.now() + idleMs);
      deps.log.error({ err: error, key: entry.key }, 'scheduled digest delivery crashed');
    }
  };

  const pump = () => {
    if (stopped) return;
    clearTimeout(timer);
    const free = concurrency - inFlight.size;
    if (free > 0) {
      const due = deps.outbox
        .due(deps.clock.now(), concurrency * 2)
        .filter((e) => !inFlight.has(e.id))
        .slice(0, free);
      for (const entry of due) {
        const run = deliver(entry).finally(() => {
          inFlight.delete(entry.id);
          pump();
        });
        inFlight.set(entry.id, run);
      }
    }
    if (inFlight.size === 0) {
      const next = deps.outbox.nextAttemptAt();
      if (next === null || next > deps.clock.now()) {
        for (const resolve of waiters) resolve();
        waiters = [];
      }
      const wait = next === null ? idleMs : Math.min(Math.max(next - deps.clock.now(), 0), idleMs);
      timer = setTimeout(pump, wait);
      timer.unref?.();
    }
  };

  queueMicrotask(pump);
  return {
    kick: () => queueMicrotask(pump),
    drained: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        queueMicrotask(pump);
      }),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await Promise.allSettled([...inFlight.values()]);
      for (const resolve of waiters) resolve();
    },
  };
}
