import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { startDiscord } from '../../src/adapters/discord/index.js';
import { recordingLog, testDeps } from '../../tests/adapters/discord/test-deps.js';
import { slashCommand } from '../../tests/helpers/fake-discord/payloads.js';
import type { BenchRow } from './types.js';

const concurrent = 50;
const section = 'Discord acknowledgement';

/**
 * Acknowledgement latency of Lede's Discord adapter (the real discord.js client) against the
 * fake Discord on 127.0.0.1, running in a worker thread: from the gateway dispatch of
 * INTERACTION_CREATE to the deferral callback reaching the fake's REST server. Discord allows
 * 3 s; the target is p99 under 250 ms with 50 commands arriving at once.
 */
export async function benchDiscordAck(): Promise<BenchRow[]> {
  const worker = startFakeInWorker();
  const [{ apiUrl }] = (await once(worker, 'message')) as [{ apiUrl: string }];
  const session = await startDiscord({
    config: { discordToken: 'bench-token', discordApiUrl: apiUrl },
    deps: testDeps(),
    logger: recordingLog(),
  });
  let next = 800_000_000_000_000_000n;
  const burst = async (n: number) => {
    const payloads = Array.from({ length: n }, () =>
      slashCommand({ id: String(next++), name: 'summarize', options: { url: 'https://x.test/a' } }),
    );
    worker.postMessage({ burst: payloads });
    const [{ latencies }] = (await once(worker, 'message')) as [{ latencies: number[] }];
    return latencies;
  };
  try {
    for (let i = 0; i < 5; i++) await burst(1); // warm-up
    await burst(concurrent);
    const alone: number[] = [];
    for (let i = 0; i < 30; i++) alone.push(...(await burst(1)));
    const together = await burst(concurrent);
    const ms = (n: number) => Math.round(n * 10) / 10;
    const row = (metric: string, value: number, baseline?: number): BenchRow => ({
      section,
      metric,
      value: ms(value),
      unit: 'ms',
      ...(baseline === undefined
        ? {}
        : { baseline: { name: 'one at a time', value: ms(baseline) } }),
    });
    return [
      row(`p50, ${concurrent} at once`, percentile(together, 50), percentile(alone, 50)),
      {
        ...row(`p99, ${concurrent} at once`, percentile(together, 99), percentile(alone, 99)),
        note: 'target < 250 ms; Discord allows 3 s',
      },
      row(`max, ${concurrent} at once`, Math.max(...together)),
    ];
  } finally {
    await session.stop();
    worker.postMessage({ close: true });
    await once(worker, 'exit');
  }
}

/** tsx's loader is not inherited by workers, so the worker loads the TypeScript through its API. */
function startFakeInWorker(): Worker {
  const entry = new URL('../../tests/helpers/fake-discord/worker.ts', import.meta.url).href;
  const source = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(source, { eval: true });
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchDiscordAck());
}
