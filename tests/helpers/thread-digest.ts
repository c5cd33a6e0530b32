import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStores, type Stores } from '../../src/adapters/sqlite/open-stores.js';
import type { Reply, ReplyItem } from '../../src/core/reply.js';
import { deliverEntry } from '../../src/services/delivery/deliver-entry.js';
import type { FailPoint, FailPointName } from '../../src/services/delivery/fail-points.js';
import type { DigestLayout, Poster } from '../../src/services/delivery/poster.js';
import type { ChannelRef, OutboxEntry } from '../../src/services/ports.js';

/** In-process delivery of one digest into a real SQLite file, for thread and crash tests. */

export const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** Story `i` of a test digest; odd stories carry notes (so Slack gives them a thread reply). */
export function story(i: number, text = `Line ${i}.`): ReplyItem {
  return {
    title: `Story ${i}`,
    url: `https://news.example/${i}`,
    outlet: 'Harbour Times',
    digest: [text],
    noteCounts: i % 2 ? { 'loaded-language': 2 } : {},
    ...(i % 2 ? { coverage: [{ outlet: 'Coast Post', url: `https://coast.example/${i}` }] } : {}),
  };
}

export function digestOf(stories: number): Reply {
  return { title: 'Digest', items: Array.from({ length: stories }, (_, i) => story(i)) };
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'lede-thread-'));
}

/** Plans the digest with the poster and queues it for `channel`; returns the stored entry. */
export async function queueDigest(
  dataDir: string,
  channel: ChannelRef,
  poster: Poster,
  options: { reply: Reply; layout: Partial<DigestLayout> },
): Promise<OutboxEntry> {
  const layout = {
    thread: true,
    mention: null,
    name: 'Digest · Tue 1 Dec, 08:00',
    ...options.layout,
  };
  const planned = await poster.plan(options.reply, channel.id, layout);
  const stores = openStores(dataDir);
  try {
    return stores.outbox.enqueue(
      {
        channel,
        key: `${channel.platform}:${channel.id}@2026-12-01T08:00:00.000Z`,
        slotAt: Date.parse('2026-12-01T08:00:00Z'),
        windowStart: 0,
        windowEnd: 1,
        itemIds: [],
        ...planned,
      },
      1_000,
    )!;
  } finally {
    stores.close();
  }
}

/** Thrown by `crashAt`: stands for the process dying at that point (nothing after it runs). */
export class Crash extends Error {}

/** A fail point that "dies" the `hit`-th time `name` is reached, like LEDE_TEST_FAIL_POINT. */
export function crashAt(point: string): FailPoint {
  const [name, hit = '1'] = point.split(':') as [FailPointName, string?];
  let reached = 0;
  return (at) => {
    if (at === name && ++reached === Number(hit)) throw new Crash(point);
  };
}

/**
 * One delivery attempt as a fresh process would make it: the store reopened from the file, the
 * entry read back, a new poster. A `Crash` ends it where the fail point stood.
 */
export async function deliverOnce(
  dataDir: string,
  entryId: number,
  poster: Poster,
  failPoint?: FailPoint,
): Promise<'crashed' | Awaited<ReturnType<typeof deliverEntry>>> {
  const stores: Stores = openStores(dataDir);
  try {
    const entry = stores.outbox.get(entryId)!;
    const deps = {
      outbox: stores.outbox,
      runs: stores.runs,
      poster,
      clock: { now: () => 2_000 },
      log: quiet,
      failPoint,
    };
    return await deliverEntry(entry, deps);
  } catch (error) {
    if (error instanceof Crash) return 'crashed';
    throw error;
  } finally {
    stores.close();
  }
}

export function readEntry(dataDir: string, entryId: number): OutboxEntry {
  const stores = openStores(dataDir);
  try {
    return stores.outbox.get(entryId)!;
  } finally {
    stores.close();
  }
}
