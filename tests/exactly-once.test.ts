import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../src/adapters/sqlite/open-stores.js';
import { partRef } from '../src/services/delivery/poster.js';
import type { ChannelRef } from '../src/services/ports.js';
import { type FakeDiscord, startFakeDiscord } from './helpers/fake-discord/fake-discord.js';
import { hourlyCronMinutesAgo, seedScheduledChannels } from './helpers/seed-schedules.js';
import { type LedeProcess, outputLine, spawnLede } from './helpers/spawn-lede.js';

/** Enough items for a digest of several messages, so a crash can land between parts. */
const ITEMS = 36;
const delivered = 'scheduled digest delivered';

interface OutboxRow {
  channel_id: string;
  idempotency_key: string;
  state: string;
  messages_json: string;
  platform_ids_json: string;
}

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord();
  // Without Discord's own nonce check, only Lede's look-up stands between a crash and a repeat.
  discord.enforceNonce = false;
});
afterAll(async () => {
  await discord.close();
});

/** A data folder with scheduled channels whose digest is due at start-up (catch-up). */
function seededDataDir(channels: ChannelRef[]): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'lede-once-'));
  const now = Date.now();
  const stores = openStores(dataDir);
  seedScheduledChannels(stores, {
    channels,
    itemsPerChannel: ITEMS,
    cron: hourlyCronMinutesAgo(now, 2),
    setAt: now - 2 * 3_600_000,
    now,
  });
  stores.close();
  return dataDir;
}

async function eachTwoAtATime<T>(list: T[], run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...list];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
  };
  await Promise.all([worker(), worker()]);
}

function startLede(dataDir: string, failPoint?: string): LedeProcess {
  return spawnLede(['start'], {
    DISCORD_TOKEN: 'test-token',
    DISCORD_API_URL: discord.apiUrl,
    LEDE_DATA_DIR: dataDir,
    LEDE_SCHEDULE_JITTER_SECONDS: '0',
    LEDE_LOG_LEVEL: 'info',
    ...(failPoint ? { LEDE_TEST_FAIL_POINT: failPoint, LEDE_TEST_ALLOW_FAIL_POINTS: '1' } : {}),
  });
}

const postsTo = (channel: string) =>
  discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`)
    .length;
const lookupsIn = (channel: string) =>
  discord.requests.filter((r) => r.method === 'GET' && r.path === `/channels/${channel}/messages`)
    .length;

function readOutbox(dataDir: string): { rows: OutboxRow[]; items: number } {
  const db = new Database(join(dataDir, 'lede.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT * FROM outbox ORDER BY id').all() as OutboxRow[];
    const { n } = db.prepare('SELECT COUNT(*) AS n FROM deliveries').get() as { n: number };
    return { rows, items: n };
  } finally {
    db.close();
  }
}

/** Every part of every digest is on the fake exactly once, under the id Lede recorded. */
function expectEachPartOnce(rows: OutboxRow[]): number {
  let parts = 0;
  for (const row of rows) {
    const messages = JSON.parse(row.messages_json) as unknown[];
    const ids = JSON.parse(row.platform_ids_json) as string[];
    const posted = discord.channelMessages.get(row.channel_id) ?? [];
    messages.forEach((_, part) => {
      const ref = partRef(row.idempotency_key, part);
      const carrying = posted.filter((m) => m.embeds.some((e) => e.footer?.text.includes(ref)));
      expect(carrying.map((m) => m.id)).toEqual([ids[part]]);
    });
    expect(posted).toHaveLength(messages.length);
    parts += messages.length;
  }
  return parts;
}

/**
 * One crash at a named point, then a restart. `parts` is the digest's message count (4 for 36
 * items); each case states what the crashed process posted and what the restart must look up.
 */
interface CrashCase {
  point: string;
  /** Posts the crashed process made before it died. */
  postedBeforeCrash: number;
  /** History look-ups the restart must make (0 when the outbox says nothing was attempted). */
  lookups: number;
}

const PARTS = 4;
const cases: CrashCase[] = [
  { point: 'before-queue', postedBeforeCrash: 0, lookups: 0 },
  { point: 'before-queue:1', postedBeforeCrash: 0, lookups: 0 },
  { point: 'before-post', postedBeforeCrash: 0, lookups: 1 },
  { point: 'before-post:3', postedBeforeCrash: 2, lookups: 1 },
  { point: 'after-post', postedBeforeCrash: 1, lookups: 1 },
  { point: 'after-post:3', postedBeforeCrash: 3, lookups: 1 },
  { point: 'after-record', postedBeforeCrash: 1, lookups: 1 },
  // The last part recorded, the digest not yet marked delivered: nothing is missing, so no look-up.
  { point: `after-record:${PARTS}`, postedBeforeCrash: PARTS, lookups: 0 },
];

describe('scheduled digests survive SIGKILL at each named point of a delivery', () => {
  const runs = cases.map((c, i) => {
    const channel: ChannelRef = {
      platform: 'discord',
      id: `7777000000000001${String(i).padStart(2, '0')}`,
    };
    return { ...c, channel, dataDir: seededDataDir([channel]) };
  });
  const crashed = new Map<string, { exit: number | string; posts: number; lookups: number }>();

  // The limits below only stop a hung run; a loaded 2-core machine needs minutes for 16 starts.
  beforeAll(async () => {
    // Two cases at a time (each its own data folder and channel): more would starve a 2-core
    // machine until discord.js times requests out and retries them, which is a different test.
    await eachTwoAtATime(runs, async (run) => {
      const lede = startLede(run.dataDir, run.point);
      // A fail point that is never reached would let the digest go out in full.
      const exit = await Promise.race([
        lede.exited,
        outputLine(lede, delivered).then(() => 'delivered'),
      ]);
      if (exit === 'delivered') {
        lede.child.kill('SIGKILL');
        await lede.exited;
      }
      crashed.set(run.point, {
        exit,
        posts: postsTo(run.channel.id),
        lookups: lookupsIn(run.channel.id),
      });
      const restart = startLede(run.dataDir);
      await Promise.race([outputLine(restart, delivered), restart.exited]);
      restart.child.kill('SIGKILL');
      await restart.exited;
    });
  }, 300_000);

  it.each(runs)('$point: dies there, and the restart posts each part once', (run) => {
    const crash = crashed.get(run.point)!;
    expect(crash.exit).toBe('SIGKILL');
    expect(crash.posts).toBe(run.postedBeforeCrash);
    expect(crash.lookups).toBe(0);

    expect(postsTo(run.channel.id)).toBe(PARTS);
    expect(lookupsIn(run.channel.id)).toBe(run.lookups);
    const { rows, items } = readOutbox(run.dataDir);
    expect(rows.map((r) => r.state)).toEqual(['delivered']);
    expect(items).toBe(ITEMS);
    expect(expectEachPartOnce(rows)).toBe(PARTS);
  });
});

describe('a randomised soak of crashes at fail points', () => {
  const SEED = 20_261_201;
  const KILLS = 5;
  const channels: ChannelRef[] = Array.from({ length: 4 }, (_, i) => ({
    platform: 'discord',
    id: `77770000000000020${i}`,
  }));

  it(`posts every digest exactly once across ${KILLS} crashes (seed ${SEED})`, async () => {
    const dataDir = seededDataDir(channels);
    /** Resolves once every channel's digest is recorded as delivered (checked as Lede logs). */
    const allDelivered = async (lede: LedeProcess) => {
      await outputLine(lede, 'scheduler started');
      const done = () => {
        const rows = readOutbox(dataDir).rows;
        return rows.length === channels.length && rows.every((r) => r.state === 'delivered');
      };
      await new Promise<void>((resolve) => {
        const check = () => {
          if (!done()) return;
          lede.child.stderr.off('data', check);
          resolve();
        };
        lede.child.stderr.on('data', check);
        check();
      });
    };
    let state = SEED;
    const random = (n: number) => {
      state = (state * 48271) % 2147483647;
      return state % n;
    };
    const points = ['before-queue', 'before-post', 'after-post', 'after-record'];
    const plan: string[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      const point = `${points[random(points.length)]}:${1 + random(6)}`;
      plan.push(point);
      const lede = startLede(dataDir, point);
      // A point past the end of this run's work is not reached: then the run delivers everything.
      await Promise.race([lede.exited, allDelivered(lede)]);
      lede.child.kill('SIGKILL');
      await lede.exited;
    }
    const last = startLede(dataDir);
    await allDelivered(last);
    last.child.kill('SIGTERM');
    expect(await last.exited).toBe(0);
    console.log(`exactly-once soak: seed ${SEED}, fail points ${plan.join(' ')}`);

    const { rows, items } = readOutbox(dataDir);
    expect(items).toBe(channels.length * ITEMS);
    const parts = expectEachPartOnce(rows);
    const posts = channels.reduce((n, c) => n + postsTo(c.id), 0);
    expect(posts).toBe(parts);
  }, 300_000);
});
