import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-lede.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const files = ['src', 'commands'].flatMap((dir) => sourceFiles(join(repoRoot, dir)));

/** Where each pattern occurs, as "file: line". */
function occurrences(pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => pattern.test(line))
      .map((line) => `${relative(repoRoot, file)}: ${line.trim()}`),
  );
}

describe('one Log and one Clock port (services/ports.ts)', () => {
  it('declares the logger interface once, plus the one-method type core may not import', () => {
    expect(occurrences(/^export (interface|type) \w*Log\b/)).toEqual([
      'src/core/llm/types.ts: export interface LlmLog {',
      'src/services/ports.ts: export interface Log {',
    ]);
  });

  it('passes time as a Clock, never as a bare `now` function', () => {
    expect(occurrences(/\bnow\??: \(\) => number/)).toEqual([]);
    expect(occurrences(/^export (interface|type) \w*Clock\b/)).toEqual([
      'src/services/ports.ts: export interface Clock {',
    ]);
  });
});
