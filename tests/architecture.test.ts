import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/run-lede.js';

/**
 * The core, the shared renderers, the services and the commands stay free of platforms, storage
 * and direct I/O.
 */
const guarded = ['src/core', 'src/render', 'src/services', 'commands'];
const forbidden = [
  /from ['"]discord\.js['"]/,
  /from ['"]@slack\//,
  /from ['"]better-sqlite3['"]/,
  /from ['"](node:)?fs(\/promises)?['"]/,
  /from ['"](node:)?https?['"]/,
  /process\.env/,
];

/**
 * Which way the layers may import: commands call services and core; services orchestrate core;
 * nothing below the composition root (src/compose) imports it or the adapters, and services
 * never import commands, so the commands' contract (runCommand, the text parser, option rules)
 * lives in commands/ and the shapes the services take and return live in services.
 */
const layerRules: [from: string, mayNotImport: string[]][] = [
  ['src/core', ['src/render', 'src/services', 'src/adapters', 'src/compose', 'commands']],
  // What every platform's renderer shares: it reads core's reply shapes and nothing above them.
  ['src/render', ['src/services', 'src/adapters', 'src/compose', 'commands']],
  ['src/services', ['src/adapters', 'src/compose', 'commands']],
  ['commands', ['src/adapters', 'src/compose']],
];

function importedPaths(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:from|import\()\s*['"](\.[^'"]+)['"]/g)];
  return specifiers.map((m) => relative(repoRoot, resolve(dirname(file), m[1]!)));
}

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

  const layered = layerRules.flatMap(([from, banned]) =>
    sourceFiles(join(repoRoot, from)).map(
      (file) => [relative(repoRoot, file), file, banned] as const,
    ),
  );

  it.each(layered)('%s imports only the layers below it', (_, file, banned) => {
    const crossings = importedPaths(file).filter((path) =>
      banned.some((layer) => path === layer || path.startsWith(`${layer}/`)),
    );
    expect(crossings).toEqual([]);
  });

  it('the layer check sees a crossing import', () => {
    const runCommand = join(repoRoot, 'commands/run-command.ts');
    expect(importedPaths(runCommand)).toContain('src/errors.js');
  });

  it('only src/config.ts reads process.env', () => {
    const readers = sourceFiles(join(repoRoot, 'src'))
      .filter((file) => /process\.env/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(repoRoot, file));
    expect(readers).toEqual(['src/config.ts']);
  });
});
