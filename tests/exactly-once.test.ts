import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../src/services/ports.js';
import {
  delivered,
  expectEachPartOnce,
  ITEMS,
  lookupsIn,
  postsTo,
  readOutbox,
  seededDataDir,
  startLede,
} from './helpers/exactly-once.js';
import { type FakeDiscord, startFakeDiscord } from './helpers/fake-discord/fake-discord.js';
import { outputLine } from './helpers/spawn-lede.js';

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord();
  // Without Discord's own nonce check, only Lede's look-up stands between a crash and a repeat.
  discord.enforceNonce = false;
});
afterAll(async () => {
  await discord.close();
});

async function eachTwoAtATime<T>(list: T[], run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...list];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
  };
  await Promise.all([worker(), worker()]);
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
      const lede = startLede(discord, run.dataDir, run.point);
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
        posts: postsTo(discord, run.channel.id),
        lookups: lookupsIn(discord, run.channel.id),
      });
      const restart = startLede(discord, run.dataDir);
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

    expect(postsTo(discord, run.channel.id)).toBe(PARTS);
    expect(lookupsIn(discord, run.channel.id)).toBe(run.lookups);
    const { rows, items } = readOutbox(run.dataDir);
    expect(rows.map((r) => r.state)).toEqual(['delivered']);
    expect(items).toBe(ITEMS);
    expect(expectEachPartOnce(discord, rows)).toBe(PARTS);
  });
});
