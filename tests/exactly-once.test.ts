import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../src/adapters/sqlite/open-stores.js';
import { partRef } from '../src/services/delivery/poster.js';
import type { ChannelRef } from '../src/services/ports.js';
import {
  type ChannelPostAction,
  type FakeDiscord,
  startFakeDiscord,
} from './helpers/fake-discord/fake-discord.js';
import { hourlyCronMinutesAgo, seedScheduledChannels } from './helpers/seed-schedules.js';
import { type LedeProcess, spawnLede } from './helpers/spawn-lede.js';

const KILLS = 20;
/** Enough items for digests of several messages each, so kills land between parts. */
const ITEMS = 36;
const channels: ChannelRef[] = Array.from({ length: 8 }, (_, i) => ({
  platform: 'discord',
  id: `77770000000000000${i}`,
}));

interface OutboxRow {
  channel_id: string;
  idempotency_key: string;
  state: string;
  messages_json: string;
  platform_ids_json: string;
}

/**
 * Where a kill lands in a delivery: `hold-stored` after Discord stored the post but before Lede
 * heard back (the look-up case), `hold` before anything was stored, `after-answer` right after
 * Discord answered (while Lede marks the part), `early` at a random moment after connecting.
 */
const modes = ['hold-stored', 'hold', 'after-answer', 'early'] as const;

describe('scheduled digests survive SIGKILL at any point of a delivery', () => {
  let discord: FakeDiscord;
  const dataDir = mkdtempSync(join(tmpdir(), 'lede-once-'));
  const log: string[] = [];

  beforeAll(async () => {
    discord = await startFakeDiscord();
    // Without Discord's own nonce check, only Lede's look-up stands between a crash and a repeat.
    discord.enforceNonce = false;
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
  });

  afterAll(async () => {
    await discord.close();
  });

  const start = (): LedeProcess =>
    spawnLede(['start'], {
      DISCORD_TOKEN: 'test-token',
      DISCORD_API_URL: discord.apiUrl,
      LEDE_DATA_DIR: dataDir,
      LEDE_SCHEDULE_JITTER_SECONDS: '0',
      LEDE_LOG_LEVEL: 'warn',
    });

  const posts = () =>
    discord.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/channels/')).length;

  it(`posts every digest exactly once across ${KILLS} kills and restarts`, async () => {
    let seed = 20_240_601;
    const random = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    for (let kill = 0; kill < KILLS; kill++) {
      const mode = modes[kill % modes.length]!;
      const before = posts();
      const target = before + random(2);
      let trigger: () => void = () => {};
      const triggered = new Promise<void>((resolve) => {
        trigger = resolve;
      });
      discord.onChannelPost = (request): ChannelPostAction => {
        const n = discord.requests.indexOf(request);
        const index = discord.requests
          .slice(0, n + 1)
          .filter((r) => r.method === 'POST' && r.path.startsWith('/channels/')).length;
        if (index - 1 < target || mode === 'early') return 'respond';
        if (index - 1 === target) setImmediate(trigger);
        return mode === 'hold-stored' ? 'store-and-hold' : mode === 'hold' ? 'hold' : 'respond';
      };
      const lede = start();
      if (mode === 'early') {
        await discord.waitFor((r) => r.path === '/gateway/bot' && r.at > 0, 20_000);
        await new Promise((resolve) => setTimeout(resolve, 200 + random(600)));
      } else {
        await Promise.race([triggered, lede.exited, new Promise((r) => setTimeout(r, 3000))]);
      }
      lede.child.kill('SIGKILL');
      await lede.exited;
      log.push(`${kill}:${mode}:${posts() - before}`);
    }
    discord.onChannelPost = undefined;

    const gateways = discord.requests.filter((r) => r.path === '/gateway/bot').length;
    const lede = start();
    await discord.waitFor(
      (r) =>
        r.path === '/gateway/bot' &&
        discord.requests.filter((g) => g.path === r.path).length > gateways,
    );
    const db = new Database(join(dataDir, 'lede.sqlite'), { readonly: true });
    const rows = () => db.prepare('SELECT * FROM outbox ORDER BY id').all() as OutboxRow[];
    const deadline = Date.now() + 30_000;
    // Give the last process time to connect and look at its outbox before checking.
    await new Promise((resolve) => setTimeout(resolve, 500));
    while (Date.now() < deadline) {
      const all = rows();
      if (all.length === channels.length && all.every((r) => r.state === 'delivered')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    lede.child.kill('SIGTERM');
    expect(await lede.exited).toBe(0);

    const entries = rows();
    const items = db.prepare('SELECT COUNT(*) AS n FROM deliveries').get() as { n: number };
    db.close();
    expect(entries.map((r) => r.state)).toEqual(channels.map(() => 'delivered'));
    expect(items.n).toBe(channels.length * ITEMS);
    let parts = 0;
    for (const entry of entries) {
      const messages = JSON.parse(entry.messages_json) as unknown[];
      const ids = JSON.parse(entry.platform_ids_json) as string[];
      const posted = discord.channelMessages.get(entry.channel_id) ?? [];
      expect(posted).toHaveLength(messages.length);
      messages.forEach((_, part) => {
        const ref = partRef(entry.idempotency_key, part);
        const carrying = posted.filter((m) => m.embeds.some((e) => e.footer?.text.includes(ref)));
        expect(carrying.map((m) => m.id)).toEqual([ids[part]]);
      });
      parts += messages.length;
    }
    const reposts = posts() - parts;
    const lookups = discord.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith('/messages'),
    );
    expect(lookups.length).toBeGreaterThan(0);
    console.log(
      `exactly-once: ${KILLS} kills, ${entries.length} digests, ${parts} parts posted once each; ${reposts} posts were held or lost in a kill and sent again after ${lookups.length} look-ups (${log.join(' ')})`,
    );
    expect(parts).toBeGreaterThan(channels.length);
  }, 120_000);
});
