import { arch, cpus, totalmem } from 'node:os';
import type { BenchRow } from './bench/types.js';
import { formatNumber, formatTable } from './lib/table.js';

/** `npm run bench`: speed figures, each beside a baseline measured in the same process. */
const sections: [string, () => Promise<BenchRow[]>][] = [
  ['engine', async () => (await import('./bench/engine.js')).benchEngine()],
  ['feeds', async () => (await import('./bench/feeds.js')).benchFeedParsing()],
  ['extraction', async () => (await import('./bench/extraction.js')).benchExtraction()],
  ['stories', async () => (await import('./bench/stories.js')).benchStories()],
  ['poll', async () => (await import('./bench/poll.js')).benchPoll()],
  ['fetch', async () => (await import('./bench/fetch-poll.js')).benchConditionalPoll()],
  ['discord-ack', async () => (await import('./bench/ack-discord.js')).benchDiscordAck()],
  ['slack-ack', async () => (await import('./bench/ack-slack.js')).benchSlackAck()],
  ['schedule', async () => (await import('./bench/schedule.js')).benchSchedules()],
  ['startup', async () => (await import('./bench/startup.js')).benchStartup()],
  ['complexity', async () => (await import('./bench/complexity.js')).benchComplexity()],
];

const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const rows: BenchRow[] = [];
for (const [name, run] of sections) {
  if (only && !only.split(',').includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  rows.push(...(await run()));
}
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${arch()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
if (json) {
  console.log(JSON.stringify({ machine, rows }, null, 2));
} else {
  console.log(`Machine: ${machine}\n`);
  console.log(
    formatTable(
      ['section', 'metric', 'value', 'baseline', 'note'],
      rows.map((r) => [
        r.section,
        r.metric,
        `${formatNumber(r.value)}${r.unit ? ` ${r.unit}` : ''}`,
        r.baseline ? `${r.baseline.name}: ${formatNumber(r.baseline.value)}` : '',
        r.note ?? '',
      ]),
    ),
  );
}
