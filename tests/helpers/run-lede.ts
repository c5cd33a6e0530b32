import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');

export interface LedeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `lede` launcher as a child process, with no chat tokens and a fresh data folder,
 * so the test sees what a person at a shell would see.
 */
export function runLede(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
): Promise<LedeRun> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    LEDE_DATA_DIR: mkdtempSync(join(tmpdir(), 'lede-test-')),
    LEDE_LOG_LEVEL: 'warn',
    ...options.env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'lede.js'), ...args], {
      cwd: repoRoot,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
