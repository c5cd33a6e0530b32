import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createSafeFetcher } from '../../src/adapters/http/safe-fetcher.js';
import type { FetchOutcome, FetchRequest } from '../../src/core/fetch-outcome.js';
import type { BenchRow } from './types.js';

const FEEDS = 1_000;
/** Every tenth feed has news on each poll; the rest answer 304 to a matching ETag. */
const CHANGING_EVERY = 10;
const POLLS = 5;
/**
 * All 1,000 feeds live on one local host here. In production they spread over many hosts and
 * the default of 2 per host applies; one local host standing in for many gets 16 slots.
 */
const BENCH_PER_HOST = 16;
const HOST = 'feeds.bench.test';

function feedBody(id: number, version: number): string {
  const items = Array.from(
    { length: 20 },
    (_, i) =>
      `<item><title>Feed ${id} story ${i} v${version}</title><guid>${id}-${i}-${version}</guid></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed ${id}</title>${items.join('')}</channel></rss>`;
}

async function startFeedServer() {
  let version = 0;
  const server = createServer((req, res) => {
    const id = Number(req.url?.split('/')[2] ?? 0);
    const etag = `"${id}-${id % CHANGING_EVERY === 0 ? version : 0}"`;
    if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(feedBody(id, version));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, bump: () => (version += 1), close: () => new Promise((r) => server.close(r)) };
}

async function poll(
  fetcher: ReturnType<typeof createSafeFetcher>,
  requests: FetchRequest[],
): Promise<{ ms: number; outcomes: FetchOutcome[] }> {
  const started = performance.now();
  const outcomes = await Promise.all(requests.map((req) => fetcher.fetch(req)));
  return { ms: performance.now() - started, outcomes };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One full conditional poll of 1,000 feeds on a local server, against an unconditional one. */
export async function benchConditionalPoll(): Promise<BenchRow[]> {
  const server = await startFeedServer();
  const fetcher = createSafeFetcher({
    allowPrivateHosts: [HOST],
    resolver: async () => [{ address: '127.0.0.1', family: 4 }],
    perHostConcurrency: BENCH_PER_HOST,
  });
  try {
    const urls = Array.from({ length: FEEDS }, (_, i) => `http://${HOST}:${server.port}/feed/${i}`);
    const plain: FetchRequest[] = urls.map((url) => ({ url, accept: 'feed' }));
    const learned = await poll(fetcher, plain);
    const etags = learned.outcomes.map((o) => (o.kind === 'ok' ? o.etag : null));
    const conditional = plain.map((req, i) => ({ ...req, etag: etags[i] }));
    const conditionalMs: number[] = [];
    const unconditionalMs: number[] = [];
    let notModified = 0;
    // One untimed round of each warms up the JIT and the connection pool.
    await poll(fetcher, conditional);
    await poll(fetcher, plain);
    for (let run = 0; run < POLLS; run += 1) {
      server.bump();
      const result = await poll(fetcher, conditional);
      conditionalMs.push(result.ms);
      notModified = result.outcomes.filter((o) => o.kind === 'not-modified').length;
      unconditionalMs.push((await poll(fetcher, plain)).ms);
    }
    const ms = median(conditionalMs);
    const baseMs = median(unconditionalMs);
    const section = 'fetch';
    const note = `${notModified} of ${FEEDS} answered 304; per-host concurrency ${BENCH_PER_HOST} (one local host stands in for many; default 2); median of ${POLLS} after warm-up`;
    return [
      {
        section,
        metric: `conditional poll of ${FEEDS} feeds: total time`,
        value: Math.round(ms),
        unit: 'ms',
        baseline: { name: 'unconditional poll (all 200)', value: Math.round(baseMs) },
        note,
      },
      {
        section,
        metric: `conditional poll of ${FEEDS} feeds: requests per second`,
        value: Math.round((FEEDS * 1000) / ms),
        unit: 'req/s',
        baseline: {
          name: 'unconditional poll (all 200)',
          value: Math.round((FEEDS * 1000) / baseMs),
        },
      },
    ];
  } finally {
    await fetcher.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await benchConditionalPoll());
}
