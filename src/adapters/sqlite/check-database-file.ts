import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  databaseFault,
  folderFault,
  notLedeDatabase,
  truncatedDatabase,
} from './database-faults.js';

/** The first 16 bytes of every SQLite file (sqlite.org/fileformat.html, section 1.3). */
const magic = 'SQLite format 3\0';
const headerBytes = 100;

/**
 * Makes sure an existing file is a Lede database before anything opens it for writing: a file
 * SQLite cannot read, or another program's database, is refused and left exactly as it was.
 * A missing or empty file is fine (SQLite makes a new database of it).
 */
export function checkDatabaseFile(path: string): void {
  const size = fileSize(path);
  checkWritable(path, size !== null);
  if (size === null || size === 0) return;
  checkHeader(path, size);
  checkSchema(path);
}

function fileSize(path: string): number | null {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    return stats.size;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw databaseFault(path, error) ?? error;
  }
}

/**
 * SQLite opens a file it may not write read-only without a word, and an up-to-date database is
 * not written at start-up: ask the file system now (EROFS even for root), not at the first poll.
 */
function checkWritable(path: string, exists: boolean): void {
  const readWrite = constants.R_OK | constants.W_OK;
  try {
    accessSync(dirname(path), readWrite);
  } catch (error) {
    throw folderFault(path, error);
  }
  try {
    if (exists) accessSync(path, readWrite);
  } catch (error) {
    throw databaseFault(path, error) ?? error;
  }
}

function checkHeader(path: string, size: number): void {
  const header = readHeader(path);
  const fault = (code: string) => databaseFault(path, { code })!;
  if (header.length < headerBytes || header.toString('latin1', 0, 16) !== magic) {
    throw fault('SQLITE_NOTADB');
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw fault('SQLITE_CORRUPT');
  // The page count in the header is only valid when the change counter matches (offset 24, 92).
  // Pages may still wait in a write-ahead log, so compare sizes only when there is none.
  const pages = header.readUInt32BE(28);
  const countValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  const expected = pages * pageSize;
  if (countValid && size < expected && !existsSync(`${path}-wal`)) {
    throw truncatedDatabase(path, size, expected);
  }
}

function readHeader(path: string): Buffer {
  const header = Buffer.alloc(headerBytes);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return header.subarray(0, readSync(fd, header, 0, headerBytes, 0));
  } catch (error) {
    throw databaseFault(path, error) ?? error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads the schema over a read-only connection. On a database in WAL mode even that creates
 * the -wal and -shm files; when the file is refused, the ones this check created are removed.
 */
function checkSchema(path: string): void {
  const created = [`${path}-wal`, `${path}-shm`].filter((file) => !existsSync(file));
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .pluck()
        .all() as string[];
      const lede = version === 0 ? tables.length === 0 : tables.includes('feeds');
      if (!lede) throw notLedeDatabase(path);
    } finally {
      db.close();
    }
  } catch (error) {
    for (const file of created) rmSync(file, { force: true });
    throw databaseFault(path, error) ?? error;
  }
}
