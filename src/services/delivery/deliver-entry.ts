import type { Clock, Log, OutboxEntry, OutboxStore, ScheduleRunStore } from '../ports.js';
import { type FailPoint, noFailPoint } from './fail-points.js';
import {
  type FindOutcome,
  type Poster,
  type PostOutcome,
  type PostTarget,
  partRef,
} from './poster.js';

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
  /** Where a digest that can never be delivered pauses its schedule. */
  runs: Pick<ScheduleRunStore, 'pause'>;
  poster: Poster;
  clock: Clock;
  log: Log;
  options?: Partial<DeliveryOptions>;
  failPoint?: FailPoint;
}

export type DeliveryResult = 'delivered' | 'retry' | 'failed' | 'paused';

type Failure = { kind: 'transient' | 'permanent'; error: string; retryAfterMs?: number };

/**
 * Delivers one outbox entry, part by part and in order. The attempt is recorded (`sending`)
 * before anything leaves, and each part's platform id right after the platform confirms it. An
 * entry found in `sending` was tried before with an unknown outcome, so its unconfirmed parts are
 * first looked up on the platform where they would be: a part that landed just before a crash is
 * recorded, not posted again. A part inside a thread is only ever sent after the thread's part is
 * recorded, so a part whose thread is not recorded cannot have been sent and needs no look-up.
 */
export async function deliverEntry(entry: OutboxEntry, deps: DeliverDeps): Promise<DeliveryResult> {
  const { outbox, poster } = deps;
  const failPoint = deps.failPoint ?? noFailPoint;
  const options = { ...defaultDeliveryOptions, ...deps.options };
  const attempted = entry.state === 'sending';
  outbox.markSending(entry.id, deps.clock.now());
  const ids = [...entry.platformIds];
  const record = (part: number, id: string) => {
    outbox.markPart(entry.id, part, id);
    ids[part] = id;
  };

  if (attempted && poster.find) {
    const found = await findSentParts(entry, ids, poster);
    if (!found.ok) return fail(entry, found, deps, options);
    for (const [part, id] of found.parts) record(part, id);
  }
  for (let part = 0; part < ids.length; part++) {
    if (ids[part]) continue;
    const outcome = await sendPart(entry, part, ids, poster, failPoint);
    if (!outcome.ok) return fail(entry, outcome, deps, options);
    record(part, outcome.id);
    failPoint('after-record');
  }
  outbox.markDelivered(entry.id, deps.clock.now());
  deps.log.info(
    { channel: entry.channel, key: entry.key, parts: ids.length },
    'scheduled digest delivered',
  );
  return 'delivered';
}

/** Where a part goes once the parts before it are confirmed; null when it cannot be looked up. */
function targetOf(entry: OutboxEntry, part: number, ids: (string | null)[]): PostTarget | null {
  const placement = entry.placements[part] ?? { kind: 'post' };
  const channelId = entry.channel.id;
  if (placement.kind === 'forum-post') return { channelId, forumPost: placement.name };
  if (placement.kind === 'open-thread') return null;
  if (placement.thread === undefined) return { channelId };
  const thread = ids[placement.thread];
  return thread ? { channelId, thread } : null;
}

async function sendPart(
  entry: OutboxEntry,
  part: number,
  ids: (string | null)[],
  poster: Poster,
  failPoint: FailPoint,
): Promise<PostOutcome> {
  const placement = entry.placements[part];
  if (placement?.kind === 'open-thread') {
    const from = ids[placement.from];
    if (!from || !poster.openThread) return unplaceable(part);
    failPoint('before-thread');
    const opened = await poster.openThread(entry.channel.id, from, placement.name);
    if (opened.ok) failPoint('after-thread');
    return opened;
  }
  const target = targetOf(entry, part, ids);
  if (!target) return unplaceable(part);
  failPoint('before-post');
  const posted = await poster.post(target, entry.messages[part], partRef(entry.key, part));
  if (posted.ok) failPoint('after-post');
  return posted;
}

/** A placement naming a later or missing part: a bug in a planner, never fixed by a retry. */
function unplaceable(part: number): PostOutcome {
  return { ok: false, kind: 'permanent', error: `part ${part} has nowhere to go` };
}

/** The unconfirmed parts the platform already has, looked up once per place they would be. */
async function findSentParts(
  entry: OutboxEntry,
  ids: (string | null)[],
  poster: Poster,
): Promise<{ ok: true; parts: Map<number, string> } | Exclude<FindOutcome, { ok: true }>> {
  const places = new Map<string, { target: PostTarget; refs: Map<string, number> }>();
  entry.messages.forEach((_, part) => {
    const target = ids[part] ? null : targetOf(entry, part, ids);
    if (!target) return;
    const key = JSON.stringify(target);
    const place = places.get(key) ?? { target, refs: new Map() };
    place.refs.set(partRef(entry.key, part), part);
    places.set(key, place);
  });
  const parts = new Map<number, string>();
  for (const { target, refs } of places.values()) {
    const found = await poster.find!(target, [...refs.keys()]);
    if (!found.ok) return found;
    for (const [ref, part] of refs) {
      const id = found.found.get(ref);
      if (id) parts.set(part, id);
    }
  }
  return { ok: true, parts };
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
    outbox.markFailed(entry.id, failure.error, deps.clock.now());
    deps.runs.pause(entry.channel, failure.error);
    log.warn(details, 'scheduled digest cannot be delivered; schedule paused');
    return 'paused';
  }
  const attempts = entry.attempts + 1;
  if (attempts >= options.maxAttempts) {
    outbox.markFailed(entry.id, failure.error, deps.clock.now());
    log.error({ ...details, attempts }, 'scheduled digest given up after repeated failures');
    return 'failed';
  }
  const grown = Math.min(options.retryMs * 2 ** (attempts - 1), options.maxRetryMs);
  const delay = Math.max(grown, failure.retryAfterMs ?? 0);
  outbox.markRetry(entry.id, failure.error, deps.clock.now() + delay);
  log.warn({ ...details, attempts, retryInMs: delay }, 'scheduled digest will be retried');
  return 'retry';
}
