import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/run-lede.js';

/** The core, the services and the commands stay free of platforms, storage and direct I/O. */
const guarded = ['src/core', 'src/services', 'commands'];
const forbidden = [
  /from ['"]discord\.js['"]/,
  /from ['"]@slack\//,
  /from ['"]better-sqlite3['"]/,
  /from ['"](node:)?fs(\/promises)?['"]/,
  /from ['"](node:)?https?['"]/,
  /process\.env/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

describe('architecture', () => {
  const files = guarded.flatMap((dir) => sourceFiles(join(repoRoot, dir)));

  it('finds the guarded code', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(repoRoot, f), f]))(
    '%s imports no platform, storage or I/O',
    (_, file) => {
      const source = readFileSync(file, 'utf8');
      for (const pattern of forbidden) expect(source).not.toMatch(pattern);
    },
  );

  it('only src/config.ts reads process.env', () => {
    const readers = sourceFiles(join(repoRoot, 'src'))
      .filter((file) => /process\.env/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(repoRoot, file));
    expect(readers).toEqual(['src/config.ts']);
  });
});
