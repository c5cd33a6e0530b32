import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../../errors.js';
import { migrations } from './migrations.js';

export type Db = Database.Database;

/**
 * Opens (or creates) Lede's database in WAL mode and brings its schema up to date. A database
 * written by a newer Lede is refused rather than guessed at, so no data is lost on a downgrade.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
    db.close();
    throw new UserError(
      `${path} was written by a newer Lede (schema ${version}; this one knows ${migrations.length}). Upgrade Lede or point LEDE_DATA_DIR elsewhere.`,
    );
  }
  for (let next = version; next < migrations.length; next++) {
    db.transaction(() => {
      db.exec(migrations[next]!);
      db.pragma(`user_version = ${next + 1}`);
    })();
  }
  return db;
}
