import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { openStores } from '../../src/adapters/sqlite/open-stores.js';
import { partRef } from '../../src/services/delivery/poster.js';
import type { ChannelRef } from '../../src/services/ports.js';
import type { FakeDiscord } from './fake-discord/fake-discord.js';
import { hourlyCronMinutesAgo, seedScheduledChannels } from './seed-schedules.js';
import { type LedeProcess, spawnLede } from './spawn-lede.js';

/** What the crash tests share: a seeded data folder, a Lede process, and what to check after. */

/** Enough items for a digest of several messages, so a crash can land between parts. */
export const ITEMS = 36;
export const delivered = 'scheduled digest delivered';

export interface OutboxRow {
  channel_id: string;
  idempotency_key: string;
  state: string;
  messages_json: string;
  platform_ids_json: string;
}

/** A data folder with scheduled channels whose digest is due at start-up (catch-up). */
export function seededDataDir(channels: ChannelRef[], options: { thread?: boolean } = {}): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'lede-once-'));
  const now = Date.now();
  const stores = openStores(dataDir);
  seedScheduledChannels(stores, {
    channels,
    itemsPerChannel: ITEMS,
    cron: hourlyCronMinutesAgo(now, 2),
    setAt: now - 2 * 3_600_000,
    now,
    thread: options.thread,
  });
  stores.close();
  return dataDir;
}

export function startLede(discord: FakeDiscord, dataDir: string, failPoint?: string): LedeProcess {
  return spawnLede(['start'], {
    DISCORD_TOKEN: 'test-token',
    DISCORD_API_URL: discord.apiUrl,
    LEDE_DATA_DIR: dataDir,
    LEDE_SCHEDULE_JITTER_SECONDS: '0',
    LEDE_LOG_LEVEL: 'info',
    ...(failPoint ? { LEDE_TEST_FAIL_POINT: failPoint, LEDE_TEST_ALLOW_FAIL_POINTS: '1' } : {}),
  });
}

export const postsTo = (discord: FakeDiscord, channel: string) =>
  discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`)
    .length;
export const lookupsIn = (discord: FakeDiscord, channel: string) =>
  discord.requests.filter((r) => r.method === 'GET' && r.path === `/channels/${channel}/messages`)
    .length;

export function readOutbox(dataDir: string): { rows: OutboxRow[]; items: number } {
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
export function expectEachPartOnce(discord: FakeDiscord, rows: OutboxRow[]): number {
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
