import type { PollLog } from '../poll-types.js';
import type { OutboxEntry, OutboxStore } from '../ports.js';
import { type FailPoint, noFailPoint } from './fail-points.js';
import { type Poster, partRef } from './poster.js';

export interface DeliveryOptions {
  /** First retry delay; doubles per attempt up to `maxRetryMs`. */
  retryMs: number;
  maxRetryMs: number;
  /** Attempts after which a digest is given up (`failed`) without pausing the schedule. */
  maxAttempts: number;
}

export const defaultDeliveryOptions: DeliveryOptions = {
  retryMs: 30_000,
  maxRetryMs: 30 * 60_000,
  maxAttempts: 10,
};

export interface DeliverDeps {
  outbox: OutboxStore;
  poster: Poster;
  now: () => number;
  log: PollLog;
  options?: Partial<DeliveryOptions>;
  failPoint?: FailPoint;
}

export type DeliveryResult = 'delivered' | 'retry' | 'failed' | 'paused';

type Failure = { kind: 'transient' | 'permanent'; error: string; retryAfterMs?: number };

/**
 * Delivers one outbox entry, part by part. The attempt is recorded (`sending`) before anything
 * leaves, and each part's platform id right after the platform confirms it. An entry found in
 * `sending` was tried before with an unknown outcome, so its unconfirmed parts are first looked
 * up on the platform: a part that landed just before a crash is recorded, not posted again.
 */
export async function deliverEntry(entry: OutboxEntry, deps: DeliverDeps): Promise<DeliveryResult> {
  const { outbox, poster } = deps;
  const failPoint = deps.failPoint ?? noFailPoint;
  const options = { ...defaultDeliveryOptions, ...deps.options };
  const attempted = entry.state === 'sending';
  outbox.markSending(entry.id, deps.now());
  const ids = [...entry.platformIds];
  const refs = entry.messages.map((_, part) => partRef(entry.key, part));
  const missing = () => refs.flatMap((ref, part) => (ids[part] ? [] : [{ ref, part }]));

  if (attempted && poster.find && missing().length > 0) {
    const found = await poster.find(
      entry.channel.id,
      missing().map((m) => m.ref),
    );
    if (!found.ok) return fail(entry, found, deps, options);
    for (const { ref, part } of missing()) {
      const id = found.found.get(ref);
      if (!id) continue;
      outbox.markPart(entry.id, part, id);
      ids[part] = id;
    }
  }
  for (const { ref, part } of missing()) {
    failPoint('before-post');
    const outcome = await poster.post(entry.channel.id, entry.messages[part], ref);
    if (!outcome.ok) return fail(entry, outcome, deps, options);
    failPoint('after-post');
    outbox.markPart(entry.id, part, outcome.id);
    ids[part] = outcome.id;
    failPoint('after-record');
  }
  outbox.markDelivered(entry.id, deps.now());
  deps.log.info(
    { channel: entry.channel, key: entry.key, parts: ids.length },
    'scheduled digest delivered',
  );
  return 'delivered';
}

function fail(
  entry: OutboxEntry,
  failure: Failure,
  deps: DeliverDeps,
  options: DeliveryOptions,
): DeliveryResult {
  const { outbox, log } = deps;
  const details = { channel: entry.channel, key: entry.key, error: failure.error };
  if (failure.kind === 'permanent') {
    outbox.markFailed(entry.id, failure.error, deps.now());
    outbox.pauseSchedule(entry.channel, failure.error);
    log.warn(details, 'scheduled digest cannot be delivered; schedule paused');
    return 'paused';
  }
  const attempts = entry.attempts + 1;
  if (attempts >= options.maxAttempts) {
    outbox.markFailed(entry.id, failure.error, deps.now());
    log.error({ ...details, attempts }, 'scheduled digest given up after repeated failures');
    return 'failed';
  }
  const grown = Math.min(options.retryMs * 2 ** (attempts - 1), options.maxRetryMs);
  const delay = Math.max(grown, failure.retryAfterMs ?? 0);
  outbox.markRetry(entry.id, failure.error, deps.now() + delay);
  log.warn({ ...details, attempts, retryInMs: delay }, 'scheduled digest will be retried');
  return 'retry';
}
