import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
// @ts-expect-error: a plain JavaScript module of the launcher, without type declarations.
import { compiledIsCurrent } from '../../bin/compiled-is-current.js';
import { startFakeDiscord } from '../../tests/helpers/fake-discord/fake-discord.js';
import { startFakeSocketMode } from '../../tests/helpers/fake-slack/socket-mode.js';
import { startFakeSlackApi } from '../../tests/helpers/fake-slack/web-api.js';
import type { BenchRow } from './types.js';

const section = 'start-up';
const root = join(import.meta.dirname, '..', '..');
const launcher = join(root, 'bin', 'lede.js');
const RUNS = 5;

interface Started {
  child: ChildProcess;
  /** Resolves with ms since spawn when the output has contained every one of `texts`. */
  saw(texts: string[]): Promise<number>;
}

function start(args: string[], env: Record<string, string> = {}): Started {
  const began = performance.now();
  const child = spawn(process.execPath, [launcher, ...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LEDE_DATA_DIR: mkdtempSync(join(tmpdir(), 'lede-bench-')),
      LEDE_LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: (() => void)[] = [];
  const collect = (chunk: Buffer) => {
    output += chunk;
    for (const check of [...waiters]) check();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return {
    child,
    saw: (texts) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (texts.every((t) => output.includes(t))) resolve(performance.now() - began);
        };
        child.once('exit', (code) =>
          reject(new Error(`exited ${code} before: ${texts}\n${output}`)),
        );
        waiters.push(check);
        check();
      }),
  };
}

async function timeToExit(args: string[]): Promise<number> {
  const began = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return performance.now() - began;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function medianOf(run: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await run());
  return median(times);
}

/** Resident memory of a running process, from /proc (Linux). */
function rssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
}

/** After start-up allocations settle: the figure a person sees in `docker stats` at rest. */
async function idleRss(child: ChildProcess): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return rssMb(child);
}

/** Piped input gets no banner: ready is when console mode has answered `/news help`. */
async function consoleAnswering(): Promise<Started & { ms: number }> {
  const lede = start(['start']);
  lede.child.stdin?.write('/news help\n');
  return { ...lede, ms: await lede.saw(['## Lede']) };
}

async function consoleReady(): Promise<number> {
  const lede = await consoleAnswering();
  lede.child.kill('SIGKILL');
  return lede.ms;
}

async function connectedRss(): Promise<{ ms: number; rss: number }> {
  const discord = await startFakeDiscord();
  const api = await startFakeSlackApi();
  const socket = await startFakeSocketMode();
  api.socketUrl = socket.url;
  const lede = start(['start'], {
    DISCORD_TOKEN: 'bench-token',
    DISCORD_API_URL: discord.apiUrl,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_APP_TOKEN: 'xapp-bench',
    SLACK_API_URL: api.apiUrl,
  });
  try {
    const ms = await lede.saw(['connected to Discord', 'connected to Slack']);
    return { ms, rss: await idleRss(lede.child) };
  } finally {
    lede.child.kill('SIGKILL');
    await Promise.all([discord.close(), api.close(), socket.close()]);
  }
}

export async function benchStartup(): Promise<BenchRow[]> {
  const nodeAlone = await medianOf(() => timeToExit(['-e', '0']));
  const baseline = { name: 'node -e 0', value: Math.round(nodeAlone) };
  const note = `median of ${RUNS}; launcher ran ${compiledIsCurrent(root) ? 'dist/' : 'the sources through tsx'}`;
  const version = await medianOf(() => timeToExit([launcher, '--version']));
  const summarize = await medianOf(() =>
    timeToExit([launcher, 'summarize', join(root, 'examples', 'opinion-piece.txt')]),
  );
  const ready = await medianOf(consoleReady);
  const idle = await consoleAnswering();
  const consoleRss = await idleRss(idle.child);
  idle.child.kill('SIGKILL');
  const connected = await connectedRss();
  return [
    {
      section,
      metric: 'lede --version',
      value: Math.round(version),
      unit: 'ms',
      baseline,
      note: `target ≤ 300 ms; ${note}`,
    },
    {
      section,
      metric: 'lede summarize (one article)',
      value: Math.round(summarize),
      unit: 'ms',
      baseline,
      note: `target ≤ 800 ms; ${note}`,
    },
    {
      section,
      metric: 'console mode ready (answers /news help)',
      value: Math.round(ready),
      unit: 'ms',
      baseline,
      note: `target ≤ 1000 ms; ${note}`,
    },
    {
      section,
      metric: 'console mode idle RSS',
      value: Math.round(consoleRss),
      unit: 'MB',
      note: 'target ≤ 100 MB; 2 s after ready',
    },
    {
      section,
      metric: 'Discord + Slack connected RSS',
      value: Math.round(connected.rss),
      unit: 'MB',
      note: `target ≤ 150 MB; fakes on 127.0.0.1, connected after ${Math.round(connected.ms)} ms`,
    },
  ];
}
