/**
 * The randomised extra beside the named fail points (tests/exactly-once.test.ts): crashes at
 * points and counts drawn from a fixed, printed seed. Slow, so it runs with the sweeps
 * (`npm run test:corpora`), which CI runs too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../src/services/ports.js';
import {
  expectEachPartOnce,
  ITEMS,
  postsTo,
  readOutbox,
  seededDataDir,
  startLede,
} from './helpers/exactly-once.js';
import { type FakeDiscord, startFakeDiscord } from './helpers/fake-discord/fake-discord.js';
import { type LedeProcess, outputLine } from './helpers/spawn-lede.js';

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord();
  // Without Discord's own nonce check, only Lede's look-up stands between a crash and a repeat.
  discord.enforceNonce = false;
});
afterAll(async () => {
  await discord.close();
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
      const lede = startLede(discord, dataDir, point);
      // A point past the end of this run's work is not reached: then the run delivers everything.
      await Promise.race([lede.exited, allDelivered(lede)]);
      lede.child.kill('SIGKILL');
      await lede.exited;
    }
    const last = startLede(discord, dataDir);
    await allDelivered(last);
    last.child.kill('SIGTERM');
    expect(await last.exited).toBe(0);
    console.log(`exactly-once soak: seed ${SEED}, fail points ${plan.join(' ')}`);

    const { rows, items } = readOutbox(dataDir);
    expect(items).toBe(channels.length * ITEMS);
    const parts = expectEachPartOnce(discord, rows);
    const posts = channels.reduce((n, c) => n + postsTo(discord, c.id), 0);
    expect(posts).toBe(parts);
  }, 300_000);
});
