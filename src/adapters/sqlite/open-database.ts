import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../../errors.js';
import { checkDatabaseFile } from './check-database-file.js';
import { databaseFault } from './database-faults.js';
import { migrations } from './migrations.js';

export type Db = Database.Database;

/**
 * Opens (or creates) Lede's database in WAL mode and brings its schema up to date. A file that
 * is not a readable Lede database, or cannot be written, stops Lede with one line saying so and
 * is never changed; a database written by a newer Lede is refused rather than guessed at.
 */
export function openDatabase(path: string): Db {
  if (path === ':memory:') return prepareDatabase(new Database(path), path);
  let db: Db | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    checkDatabaseFile(path);
    db = new Database(path);
    return prepareDatabase(db, path);
  } catch (error) {
    db?.close();
    throw databaseFault(path, error) ?? error;
  }
}

function prepareDatabase(db: Db, path: string): Db {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
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
