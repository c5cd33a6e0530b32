import { join } from 'node:path';
import type { OutboxStore, ScheduleStore, Store } from '../../services/ports.js';
import { openDatabase } from './open-database.js';
import { createOutboxStore } from './outbox-store.js';
import { createScheduleStore } from './schedule-store.js';
import { createStoreOn } from './sqlite-store.js';

export interface Stores {
  feeds: Store;
  schedules: ScheduleStore;
  outbox: OutboxStore;
  close(): void;
}

/** Lede's database in the data folder, one connection for every store. */
export function openStores(dataDir: string): Stores {
  const db = openDatabase(join(dataDir, 'lede.sqlite'));
  return {
    feeds: createStoreOn(db),
    schedules: createScheduleStore(db),
    outbox: createOutboxStore(db),
    close: () => db.close(),
  };
}
