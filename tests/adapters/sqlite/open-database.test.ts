import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseFault } from '../../../src/adapters/sqlite/database-faults.js';
import { openDatabase } from '../../../src/adapters/sqlite/open-database.js';
import { UserError } from '../../../src/errors.js';
import { runLede } from '../../helpers/run-lede.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'lede-open-'));

/** A Lede database with enough rows to span many pages, closed cleanly. */
function ledeDatabase(): string {
  const path = join(freshDir(), 'lede.sqlite');
  const db = openDatabase(path);
  const insert = db.prepare('INSERT INTO feeds (url, title, created_at) VALUES (?, ?, 0)');
  for (let i = 0; i < 200; i++) insert.run(`https://news.example/${i}.rss`, 'x'.repeat(200));
  db.close();
  return path;
}

const template = ledeDatabase();

/** A copy of the template in a fresh folder, damaged by `damage`. */
function damagedCopy(damage: (path: string) => void): string {
  const path = join(freshDir(), 'lede.sqlite');
  copyFileSync(template, path);
  damage(path);
  return path;
}

function expectRefusedUntouched(path: string, message: RegExp) {
  const before = readFileSync(path);
  const folder = readdirSync(join(path, '..'));
  let thrown: unknown;
  try {
    openDatabase(path);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(UserError);
  expect((thrown as Error).message).toContain(path);
  expect((thrown as Error).message).toMatch(message);
  expect((thrown as Error).message).not.toContain('\n');
  expect(readFileSync(path).equals(before)).toBe(true);
  expect(readdirSync(join(path, '..'))).toEqual(folder);
}

describe('opening the database', () => {
  it('refuses a database whose first page is damaged, and leaves it and its folder as they were', () => {
    const path = damagedCopy((p) => {
      const bytes = readFileSync(p);
      bytes.fill(0xa5, 100, 4096);
      writeFileSync(p, bytes);
    });
    expectRefusedUntouched(path, /is damaged.*SQLITE_CORRUPT/);
  });

  it('refuses a truncated database, saying how much of it is left', () => {
    const path = damagedCopy((p) => truncateSync(p, 8192));
    expectRefusedUntouched(path, /is truncated \(8192 of \d+ bytes\)/);
  });

  it('refuses a file that is not an SQLite database', () => {
    const path = join(freshDir(), 'lede.sqlite');
    writeFileSync(path, 'feeds:\n  - https://news.example/rss\n');
    expectRefusedUntouched(path, /is not an SQLite database.*SQLITE_NOTADB/);
  });

  it('refuses an SQLite database of another program', () => {
    const path = join(freshDir(), 'lede.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)');
    other.close();
    expectRefusedUntouched(path, /of another program, not Lede's/);
  });

  it('refuses a folder where the database file should be', () => {
    const path = join(freshDir(), 'lede.sqlite');
    mkdirSync(path);
    let message = '';
    try {
      openDatabase(path);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      `${path} is a folder where Lede's database file should be. Move it away, or set LEDE_DATA_DIR to another folder. (EISDIR)`,
    );
    expect(readdirSync(path)).toEqual([]);
  });

  it('refuses a data folder whose path runs through a file', () => {
    const file = join(freshDir(), 'data');
    writeFileSync(file, 'not a folder');
    expect(() => openDatabase(join(file, 'lede.sqlite'))).toThrow(
      /lede\.sqlite cannot be reached: part of its path is a file, not a folder\. \((ENOTDIR|EEXIST)\)/,
    );
  });

  it('says the database is read-only when SQLite refuses a write (a read-only open)', () => {
    const path = damagedCopy(() => {});
    const readOnly = new Database(path, { readonly: true });
    let error: unknown;
    try {
      readOnly
        .prepare("INSERT INTO feeds (url, created_at) VALUES ('https://a.example/', 0)")
        .run();
    } catch (thrown) {
      error = thrown;
    } finally {
      readOnly.close();
    }
    expect((error as { code?: string }).code).toMatch(/^SQLITE_READONLY/);
    expect(databaseFault(path, error)?.message).toMatch(
      new RegExp(`^${path} is read-only, and Lede needs to write to it\\. \\(SQLITE_READONLY`),
    );
  });

  it('opens a healthy database again, keeping its rows', () => {
    const path = damagedCopy(() => {});
    const db = openDatabase(path);
    expect(db.prepare('SELECT count(*) FROM feeds').pluck().get()).toBe(200);
    db.close();
  });
});

describe('the message for each storage error', () => {
  const path = '/data/lede.sqlite';
  const cases: [code: string, message: RegExp][] = [
    ['SQLITE_CORRUPT', /^\/data\/lede\.sqlite is damaged\. Restore it from a backup/],
    ['SQLITE_CORRUPT_INDEX', /^\/data\/lede\.sqlite is damaged\..*\(SQLITE_CORRUPT_INDEX\)$/],
    ['SQLITE_NOTADB', /^\/data\/lede\.sqlite is not an SQLite database/],
    ['SQLITE_READONLY', /^\/data\/lede\.sqlite is read-only/],
    ['SQLITE_READONLY_DBMOVED', /^\/data\/lede\.sqlite is read-only/],
    ['SQLITE_CANTOPEN', /^Cannot open \/data\/lede\.sqlite: its folder \/data cannot be reached/],
    ['SQLITE_FULL', /^\/data\/lede\.sqlite cannot grow: the disk is full/],
    ['EISDIR', /^\/data\/lede\.sqlite is a folder where Lede's database file should be/],
    ['EACCES', /^\/data\/lede\.sqlite is not readable and writable by Lede \(permission denied\)/],
    ['EROFS', /^\/data\/lede\.sqlite is on a read-only file system/],
  ];
  it.each(cases)('%s names the file and says what is wrong', (code, message) => {
    const fault = databaseFault(path, Object.assign(new Error('raw'), { code }));
    expect(fault).toBeInstanceOf(UserError);
    expect(fault!.message).toMatch(message);
  });

  it('leaves an error that is not about the file to the general handler', () => {
    expect(databaseFault(path, new TypeError('x is undefined'))).toBeNull();
    expect(
      databaseFault(path, Object.assign(new Error('?'), { code: 'SQLITE_MISUSE' })),
    ).toBeNull();
  });
});

describe('lede start with a damaged database', () => {
  it('stops with one line naming the file, exit code 1 and no stack trace', async () => {
    const path = damagedCopy((p) => truncateSync(p, 8192));
    const dataDir = join(path, '..');
    const before = readFileSync(path);
    const run = await runLede(['start'], { env: { LEDE_DATA_DIR: dataDir } });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`^lede: ${path} is truncated \\(8192 of \\d+ bytes\\)`));
    expect(run.stderr).not.toMatch(/\bat \S+:\d+/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});
