import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src/adapters/sqlite/migrations.js';
import { openStores } from '../../../src/adapters/sqlite/open-stores.js';
import type { ChannelRef } from '../../../src/services/ports.js';

const channel: ChannelRef = { platform: 'discord', id: '4242' };
/** The schema as Lede shipped it before threads and mentions. */
const BEFORE_THREADS = 3;

/** A database file at schema 3 with a schedule and a half-delivered digest, as an older Lede left it. */
function olderDatabase(dir: string): void {
  const db = new Database(join(dir, 'lede.sqlite'));
  for (const migration of migrations.slice(0, BEFORE_THREADS)) db.exec(migration);
  db.pragma(`user_version = ${BEFORE_THREADS}`);
  db.prepare(
    `INSERT INTO schedules (platform, channel_id, cron, timezone, label, max_items, last_run_at,
       updated_by, updated_at) VALUES ('discord', '4242', '0 8 * * *', 'Europe/Berlin',
       'daily 08:00', 7, 5000, 'U1', 100)`,
  ).run();
  db.prepare(
    `INSERT INTO outbox (platform, channel_id, slot_at, window_start, window_end, idempotency_key,
       messages_json, platform_ids_json, state, attempts, next_attempt_at, created_at)
     VALUES ('discord', '4242', 3000, 1000, 2000, 'discord:4242@slot', ?, ?, 'sending', 1, 4000, 900)`,
  ).run(JSON.stringify([{ content: 'one' }, { content: 'two' }]), JSON.stringify(['m1', null]));
  db.close();
}

describe('migration to threads and mentions (real SQLite file)', () => {
  it('keeps every existing schedule and queued digest, read as a flat digest without a ping', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-migrate-'));
    olderDatabase(dir);
    const stores = openStores(dir);
    expect(stores.schedules.getSchedule(channel)).toEqual({
      channel,
      cron: '0 8 * * *',
      timezone: 'Europe/Berlin',
      label: 'daily 08:00',
      maxItems: 7,
      thread: false,
      mention: null,
      lastRunAt: 5000,
      pausedReason: null,
    });
    const [entry] = stores.outbox.list();
    expect(entry).toMatchObject({
      key: 'discord:4242@slot',
      state: 'sending',
      attempts: 1,
      messages: [{ content: 'one' }, { content: 'two' }],
      platformIds: ['m1', null],
      placements: [{ kind: 'post' }, { kind: 'post' }],
    });
    stores.close();
  });

  it('stores the placements of a threaded digest next to its messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-migrate-'));
    olderDatabase(dir);
    const stores = openStores(dir);
    const placements = [
      { kind: 'post' as const },
      { kind: 'open-thread' as const, from: 0, name: 'Digest · Tue 1 Dec, 08:00' },
      { kind: 'post' as const, thread: 1 },
    ];
    const queued = stores.outbox.enqueue(
      {
        channel,
        key: 'discord:4242@next',
        slotAt: 6000,
        windowStart: 5000,
        windowEnd: 6000,
        itemIds: [],
        messages: [{ content: 'head' }, null, { content: 'story' }],
        placements,
      },
      6000,
    );
    expect(stores.outbox.get(queued!.id)?.placements).toEqual(placements);
    expect(stores.outbox.get(queued!.id)?.platformIds).toEqual([null, null, null]);
    stores.close();
  });
});
