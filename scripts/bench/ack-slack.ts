import { pathToFileURL } from 'node:url';
import { registry } from '../../commands/index.js';
import type { CommandDeps } from '../../commands/types.js';
import { startSlack } from '../../src/adapters/slack/start-slack.js';
import { postSlashCommand } from '../../tests/helpers/fake-slack/sign.js';
import { startFakeSlackApi, waitFor } from '../../tests/helpers/fake-slack/web-api.js';
import type { BenchRow } from './types.js';

const concurrent = 50;
const secret = 'bench-signing-secret';

/** Each command loads its article for 200 ms, so an ack that waited for the work would show it. */
const deps: CommandDeps = {
  engine: {
    analyze: async (input) => ({
      title: input.title,
      source: input.source,
      genre: { label: 'news', score: 0.8, evidence: [] },
      digest: [{ text: input.text, spans: [] }],
      notes: [],
      sources: [],
      published: null,
      outlet: null,
      url: null,
      stats: { words: 8, sentences: 1 },
    }),
  } satisfies CommandDeps['engine'],
  loadArticle: async (source) => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      title: 'Bench story',
      text: 'The council met on Tuesday and passed the budget.',
      source,
    };
  },
  commandName: 'news',
  registry,
};

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

const section = 'Slack acknowledgement';
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Ack latency of the real Bolt HTTP receiver: signed slash commands posted to Lede on 127.0.0.1
 * (against a fake Slack Web API), timed from sending the request to its HTTP 200; first one at
 * a time, then 50 at once. The sender shares the process, so the figures include its own work.
 */
export async function benchSlackAck(): Promise<BenchRow[]> {
  const api = await startFakeSlackApi();
  const session = await startSlack({
    config: {
      commandName: 'news',
      slackBotToken: 'xoxb-bench',
      slackAppToken: undefined,
      slackSigningSecret: secret,
      slackMode: 'http',
      slackPort: 0,
      slackManagerIds: [],
      slackApiUrl: api.apiUrl,
    },
    deps,
    logger: quiet,
    host: '127.0.0.1',
  });
  const url = `http://127.0.0.1:${session.port}/slack/events`;
  let sent = 0;
  const ack = async () => {
    const id = `bench-${sent++}`;
    const result = await postSlashCommand(url, secret, {
      text: `summarize https://news.example/${id} private`,
      response_url: api.responseUrl(id),
    });
    if (result.status !== 200) throw new Error(`slash command answered ${result.status}`);
    return result.ms;
  };
  try {
    for (let i = 0; i < 5; i++) await ack();
    const alone: number[] = [];
    for (let i = 0; i < 20; i++) alone.push(await ack());
    const burst = await Promise.all(Array.from({ length: concurrent }, ack));
    await waitFor(() => (api.responses.length >= sent ? true : undefined));
    return [
      {
        section,
        metric: `p50, ${concurrent} concurrent`,
        value: round(percentile(burst, 50)),
        unit: 'ms',
        baseline: { name: 'one command at a time, p50', value: round(percentile(alone, 50)) },
      },
      {
        section,
        metric: `p99, ${concurrent} concurrent`,
        value: round(percentile(burst, 99)),
        unit: 'ms',
        baseline: { name: 'one command at a time, p99', value: round(percentile(alone, 99)) },
        note: 'target < 250 ms (Slack allows 3 s)',
      },
      {
        section,
        metric: `max, ${concurrent} concurrent`,
        value: round(Math.max(...burst)),
        unit: 'ms',
      },
    ];
  } finally {
    await session.stop();
    await api.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchSlackAck());
}
