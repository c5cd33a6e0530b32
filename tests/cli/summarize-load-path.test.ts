import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-lede.js';

const recorder = join(repoRoot, 'tests', 'helpers', 'import-recorder', 'register.mjs');

/** Runs `lede …` from the sources and returns its exit code and the packages it imported. */
function packagesImportedBy(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; packages: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'lede-imports-'));
  const file = join(dir, 'imports.txt');
  const child = spawn(
    process.execPath,
    ['--import', recorder, join(repoRoot, 'bin', 'lede.js'), ...args],
    {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        LEDE_DATA_DIR: dir,
        LEDE_RECORD_IMPORTS: file,
        ...env,
      },
      stdio: 'ignore',
    },
  );
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const names = readFileSync(file, 'utf8').split('\n').filter(Boolean);
      resolve({ code, packages: [...new Set(names)] });
    });
  });
}

describe('lede summarize of a local file', () => {
  it('never loads the HTTP client', async () => {
    const run = await packagesImportedBy([
      'summarize',
      'tests/fixtures/articles/harbor-bridge.txt',
    ]);
    expect(run.code).toBe(0);
    // The recorder saw the command's own packages (the settings), so its silence on undici counts.
    expect(run.packages).toContain('zod');
    expect(run.packages).not.toContain('undici');
    // Nothing was logged, so the logger (pino, pino-pretty at a terminal) never loaded either.
    expect(run.packages).not.toContain('pino');
  });

  it('loads the logger once there is something to log', async () => {
    // A model server that refuses the connection: the fallback to Lede's own digest is logged.
    const run = await packagesImportedBy(
      ['summarize', 'tests/fixtures/articles/harbor-bridge.txt'],
      { LEDE_LLM_BASE_URL: 'http://127.0.0.1:9/v1', LEDE_LLM_MODEL: 'absent' },
    );
    expect(run.code).toBe(0);
    expect(run.packages).toContain('pino');
  });
});
