import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../../errors.js';

const startAfresh = 'Restore it from a backup, or move it away to start afresh.';
const elsewhere = 'Move it away, or set LEDE_DATA_DIR to another folder.';

/** SQLite's primary result codes (extended codes start with them), as better-sqlite3 names them. */
const sqliteReasons: [code: string, reason: string][] = [
  ['SQLITE_NOTADB', `is not an SQLite database, so Lede leaves it alone. ${elsewhere}`],
  ['SQLITE_CORRUPT', `is damaged. ${startAfresh}`],
  ['SQLITE_READONLY', 'is read-only, and Lede needs to write to it.'],
  ['SQLITE_FULL', 'cannot grow: the disk is full.'],
  ['SQLITE_IOERR', 'could not be read or written (a disk error).'],
  ['SQLITE_PERM', 'is not readable and writable by Lede (permission denied).'],
];

const systemReasons: Record<string, string> = {
  EISDIR: `is a folder where Lede's database file should be. ${elsewhere}`,
  EACCES: 'is not readable and writable by Lede (permission denied).',
  EPERM: 'is not readable and writable by Lede (permission denied).',
  EROFS: 'is on a read-only file system, and Lede needs to write to it.',
  ENOSPC: 'cannot grow: the disk is full.',
  ENOTDIR: 'cannot be reached: part of its path is a file, not a folder.',
  EEXIST: 'cannot be reached: part of its path is a file, not a folder.',
  ENOENT: 'cannot be reached: its folder does not exist.',
};

/**
 * The one line a person needs when Lede's database cannot be used: the file and what is wrong
 * with it. Null for errors that are not about the file (a bug), which keep their stack.
 */
export function databaseFault(path: string, error: unknown): UserError | null {
  if (error instanceof UserError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_CANTOPEN'))
    return new UserError(`Cannot open ${path}: ${folderProblem(path)}`);
  const sqlite = sqliteReasons.find(([prefix]) => code.startsWith(prefix));
  const reason = sqlite?.[1] ?? systemReasons[code];
  return reason ? new UserError(`${path} ${reason} (${code})`) : null;
}

/** SQLite says only "unable to open database file"; the folder usually says why. */
function folderProblem(path: string): string {
  const folder = dirname(path);
  try {
    accessSync(folder, constants.R_OK | constants.W_OK);
  } catch (error) {
    return folderReason(folder, error);
  }
  return 'check that Lede may read and write the file and its folder (SQLITE_CANTOPEN).';
}

/** The database's folder cannot be used (SQLite writes its -wal and -shm files there). */
export function folderFault(path: string, error: unknown): UserError {
  return new UserError(`Cannot open ${path}: ${folderReason(dirname(path), error)}`);
}

function folderReason(folder: string, error: unknown): string {
  const code = (error as { code?: string } | null)?.code ?? 'unknown';
  return `its folder ${folder} ${systemReasons[code] ?? 'cannot be used.'} (${code})`;
}

export function notLedeDatabase(path: string): UserError {
  return new UserError(
    `${path} is an SQLite database of another program, not Lede's, so Lede leaves it alone. ${elsewhere}`,
  );
}

export function truncatedDatabase(path: string, size: number, expected: number): UserError {
  return new UserError(`${path} is truncated (${size} of ${expected} bytes). ${startAfresh}`);
}
