import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import { createDiscordPoster } from '../../src/adapters/discord/post-channel.js';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { openStores } from '../../src/adapters/sqlite/open-stores.js';
import { type Analyzer, createEngine, inProcessAnalyzer } from '../../src/core/engine.js';
import { startOutboxWorker } from '../../src/services/delivery/outbox-worker.js';
import { type ChannelRef, systemClock } from '../../src/services/ports.js';
import { runScheduledDigest } from '../../src/services/scheduler/run-scheduled-digest.js';
import { createScheduler } from '../../src/services/scheduler/scheduler.js';
import { seedScheduledChannels } from '../../tests/helpers/seed-schedules.js';
import type { BenchRow } from './types.js';

const CHANNELS = 1000;
const section = 'scheduled digests';
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * 1,000 Discord channels scheduled for the same second (a six-field cron a few seconds ahead),
 * through the whole path: node-cron tasks, digest build, outbox transaction, the outbox worker
 * and discord.js REST against the fake Discord in a worker thread. Jitter off, then on (30 s).
 * Baseline: the same 1,000 rendered messages posted straight from a loop, no outbox.
 */
export async function benchSchedules(): Promise<BenchRow[]> {
  const entry = new URL('../../tests/helpers/fake-discord/worker.ts', import.meta.url).href;
  const source = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  const worker = new Worker(source, { eval: true });
  const [{ apiUrl }] = (await once(worker, 'message')) as [{ apiUrl: string }];
  const countPosts = async () => {
    worker.postMessage({ countPosts: true });
    return ((await once(worker, 'message')) as [{ posts: number }])[0].posts;
  };
  const engine = inProcessAnalyzer(
    createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 }),
  );
  const rows: BenchRow[] = [];
  try {
    const baseline = await direct(apiUrl, countPosts);
    for (const jitterSeconds of [0, 30]) {
      const run = await scheduled(apiUrl, engine, jitterSeconds, countPosts);
      const label = jitterSeconds ? `jitter ${jitterSeconds} s` : 'no jitter';
      rows.push(
        {
          section,
          metric: `${CHANNELS} channels, ${label}: all posted after`,
          value: Math.round(run.seconds * 10) / 10,
          unit: 's',
          baseline: { name: 'direct posts', value: Math.round(baseline.seconds * 10) / 10 },
        },
        {
          section,
          metric: `${label}: posts per second`,
          value: Math.round(CHANNELS / run.seconds),
          baseline: { name: 'direct posts', value: Math.round(CHANNELS / baseline.seconds) },
        },
        {
          section,
          metric: `${label}: peak RSS`,
          value: run.peakMb,
          unit: 'MB',
          baseline: { name: 'direct posts', value: baseline.peakMb },
          note: 'includes digest build and the outbox transaction per channel',
        },
      );
    }
  } finally {
    worker.postMessage({ close: true });
  }
  return rows;
}

function channelsFor(prefix: string): ChannelRef[] {
  return Array.from({ length: CHANNELS }, (_, i) => ({ platform: 'discord', id: `${prefix}${i}` }));
}

function memorySampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20);
  };
}

async function waitForPosts(target: number, countPosts: () => Promise<number>) {
  while ((await countPosts()) < target) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function scheduled(
  apiUrl: string,
  engine: Analyzer,
  jitterSeconds: number,
  countPosts: () => Promise<number>,
) {
  const stores = openStores(mkdtempSync(join(tmpdir(), 'lede-bench-sched-')));
  const fireAt = new Date(Math.ceil((Date.now() + 4000) / 1000) * 1000);
  const cron = `${fireAt.getUTCSeconds()} ${fireAt.getUTCMinutes()} ${fireAt.getUTCHours()} * * *`;
  seedScheduledChannels(stores, {
    channels: channelsFor(`9${jitterSeconds}`),
    itemsPerChannel: 1,
    cron,
    setAt: Date.now(),
    now: Date.now(),
  });
  const before = await countPosts();
  const posters = { discord: createDiscordPoster({ token: 'bench', apiUrl }) };
  const clock = systemClock;
  const outboxWorker = startOutboxWorker({
    outbox: stores.outbox,
    runs: stores.runs,
    posters,
    clock,
    log: quiet,
  });
  const itemText = async () => ({ text: null, reason: 'bench' }) as const;
  const scheduler = createScheduler({
    schedules: stores.schedules,
    runs: stores.runs,
    clock,
    log: quiet,
    catchUpMs: 0,
    jitterMs: jitterSeconds * 1000,
    run: (schedule, slot) =>
      runScheduledDigest(schedule, slot, {
        store: stores.feeds,
        outbox: stores.outbox,
        runs: stores.runs,
        posters,
        engine,
        itemText,
        clock,
        log: quiet,
        onQueued: () => outboxWorker.kick(),
      }),
  });
  scheduler.start();
  await new Promise((resolve) => setTimeout(resolve, fireAt.getTime() - Date.now()));
  const peak = memorySampler();
  const started = performance.now();
  await waitForPosts(before + CHANNELS, countPosts);
  const seconds = (performance.now() - started) / 1000;
  const peakMb = peak();
  await scheduler.stop();
  await outboxWorker.stop();
  stores.close();
  return { seconds, peakMb };
}

async function direct(apiUrl: string, countPosts: () => Promise<number>) {
  const poster = createDiscordPoster({ token: 'bench', apiUrl });
  const reply = {
    title: 'Digest',
    items: [{ title: 'Story', digest: ['One line.'], noteCounts: {} }],
  };
  const layout = { thread: false, mention: null, name: 'Digest' };
  const [message] = (await poster.plan(reply, '', layout)).messages;
  const before = await countPosts();
  const peak = memorySampler();
  const started = performance.now();
  await pLimit(4).map(channelsFor('8'), (channel, i) =>
    poster.post({ channelId: channel.id }, message, `direct-${i}`),
  );
  await waitForPosts(before + CHANNELS, countPosts);
  return { seconds: (performance.now() - started) / 1000, peakMb: peak() };
}
