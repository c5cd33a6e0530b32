import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './run-lede.js';

export interface LedeProcess {
  child: ChildProcessWithoutNullStreams;
  output(): string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
}

/** Starts a long-running `lede …` process with its own data folder and the given environment. */
export function spawnLede(args: string[], env: Record<string, string>): LedeProcess {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'lede.js'), ...args], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LEDE_DATA_DIR: mkdtempSync(join(tmpdir(), 'lede-proc-')),
      LEDE_LOG_LEVEL: 'info',
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return { child, output: () => output, exited };
}

/** Resolves when the process has written `text` (to stdout or stderr) `times` times. */
export function outputLine(lede: LedeProcess, text: string, times = 1): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (lede.output().split(text).length - 1 < times) return;
      lede.child.stdout.off('data', check);
      lede.child.stderr.off('data', check);
      resolve();
    };
    lede.child.stdout.on('data', check);
    lede.child.stderr.on('data', check);
    check();
  });
}
