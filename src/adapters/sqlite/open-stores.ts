import { join } from 'node:path';
import type { OutboxStore, ScheduleRunStore, ScheduleStore, Store } from '../../services/ports.js';
import { databaseFault } from './database-faults.js';
import { openDatabase } from './open-database.js';
import { createOutboxStore } from './outbox-store.js';
import { createScheduleRunStore } from './schedule-runs.js';
import { createScheduleStore } from './schedule-store.js';
import { createStoreOn } from './sqlite-store.js';

export interface Stores {
  feeds: Store;
  schedules: ScheduleStore;
  outbox: OutboxStore;
  runs: ScheduleRunStore;
  /**
   * Null while the database can be written, else one line saying why not. Cheap enough for
   * every heartbeat: it takes the write lock and gives it back without changing anything.
   */
  probe(): string | null;
  close(): void;
}

/** Lede's database in the data folder, one connection for every store. */
export function openStores(dataDir: string): Stores {
  const path = join(dataDir, 'lede.sqlite');
  const db = openDatabase(path);
  const runs = createScheduleRunStore(db);
  return {
    feeds: createStoreOn(db),
    schedules: createScheduleStore(db),
    outbox: createOutboxStore(db, runs),
    runs,
    probe() {
      try {
        db.exec('BEGIN IMMEDIATE; ROLLBACK;');
        return null;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        return (databaseFault(path, error) ?? (error as Error)).message;
      }
    },
    close: () => db.close(),
  };
}
