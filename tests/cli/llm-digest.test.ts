import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { withLlmDigest } from '../../src/adapters/llm/with-llm-digest.js';
import { createSlackPoster } from '../../src/adapters/slack/post-channel.js';
import { openStores } from '../../src/adapters/sqlite/open-stores.js';
import { createEngine, inProcessAnalyzer } from '../../src/core/engine.js';
import type { Fetcher } from '../../src/core/fetch-outcome.js';
import { MODEL_DIGEST_MARK } from '../../src/core/llm/marker.js';
import type { ArticleAnalysis } from '../../src/core/types.js';
import { deliverEntry } from '../../src/services/delivery/deliver-entry.js';
import { createItemText } from '../../src/services/item-text.js';
import type { ChannelRef, NewItem } from '../../src/services/ports.js';
import { runScheduledDigest } from '../../src/services/scheduler/run-scheduled-digest.js';
import { type FakeOpenAi, linesAnswer, startFakeOpenAi } from '../helpers/fake-openai.js';
import { type FakeSlackApi, startFakeSlackApi } from '../helpers/fake-slack/web-api.js';
import { runLedeInProcess } from '../helpers/run-cli.js';
import { repoRoot, runLede } from '../helpers/run-lede.js';
import { seedScheduledChannels } from '../helpers/seed-schedules.js';

const bridge = 'tests/fixtures/articles/harbor-bridge.txt';
const faithful = [
  'The city council voted 7 to 2 on Tuesday to spend $4.2 million repairing the Harbor Street bridge.',
  'Work is expected to begin in June and last about five months.',
];
const API_KEY = 'sk-cli-secret-93d1';
let fake: FakeOpenAi;
const llmEnv = () => ({
  LEDE_LLM_BASE_URL: fake.baseUrl,
  LEDE_LLM_MODEL: 'test-model',
  LEDE_LLM_API_KEY: API_KEY,
});

beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe('lede summarize with an LLM configured', () => {
  it('prints the model’s digest, its source and the guard’s report in the JSON result', async () => {
    fake.reply(linesAnswer(...faithful));
    const run = await runLedeInProcess(['summarize', bridge, '--format', 'json'], {
      env: llmEnv(),
    });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ArticleAnalysis;
    expect(result.digestSource).toBe('llm');
    expect(result.digest.map((l) => l.text)).toEqual(faithful);
    expect(result.guard).toEqual({ checked: 2, rejected: [] });
    expect(fake.requests[0]?.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('marks a model digest in Markdown and leaves an extractive one unmarked', async () => {
    fake.reply(linesAnswer(...faithful), { status: 500 });
    const used = await runLedeInProcess(['summarize', bridge], { env: llmEnv() });
    expect(used.stdout).toContain(`**Digest** ${MODEL_DIGEST_MARK}\n- ${faithful[0]}`);
    const fellBack = await runLedeInProcess(['summarize', bridge], { env: llmEnv() });
    expect(fellBack.code).toBe(0);
    expect(fellBack.stdout).toContain('**Digest**\n- ');
    expect(fellBack.stdout).not.toContain('checked by Lede');
  });

  it('sends nothing to a model when the settings are unset', async () => {
    const run = await runLedeInProcess(['summarize', bridge, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).not.toHaveProperty('digestSource');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('console mode with an LLM configured', () => {
  it('answers with the model’s digest, falls back with a log line that holds no key', async () => {
    fake.reply(linesAnswer(...faithful), { status: 500 });
    const input = [`/news summarize ${bridge}`, `/news summarize ${bridge}`, ''].join('\n');
    const run = await runLede(['start'], { input, env: { ...llmEnv(), LEDE_LOG_LEVEL: 'warn' } });
    expect(run.code).toBe(0);
    const [first, second] = run.stdout.split('## City council approves').slice(1);
    expect(first).toContain(`${MODEL_DIGEST_MARK}\n- ${faithful[0]}`);
    expect(first).toContain('checked by Lede');
    expect(second).not.toContain('checked by Lede');
    expect(run.stderr).toContain('LLM digest not used');
    expect(run.stderr).toContain('HTTP 500');
    expect(run.stderr).not.toContain(API_KEY);
  });
});

function bridgeItem(now: number): NewItem {
  const [title, ...paragraphs] = readFileSync(join(repoRoot, bridge), 'utf8').trim().split('\n\n');
  return {
    identity: 'bridge',
    url: null,
    title: title ?? null,
    author: null,
    publishedAt: now - 60_000,
    summary: null,
    contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    announce: true,
  };
}

describe('a scheduled digest with an LLM configured', () => {
  let slack: FakeSlackApi;
  beforeAll(async () => {
    slack = await startFakeSlackApi();
  });
  afterAll(() => slack.close());

  it('posts the model’s lines with the mark when the guard passes them', async () => {
    fake.reply(linesAnswer(...faithful));
    const channel: ChannelRef = { platform: 'slack', id: 'C-LLM' };
    const stores = openStores(mkdtempSync(join(tmpdir(), 'lede-llm-')));
    const now = Date.now();
    seedScheduledChannels(stores, {
      channels: [channel],
      itemsPerChannel: 0,
      cron: '0 8 * * *',
      setAt: 0,
      now,
    });
    const feed = stores.feeds.addFeed('https://feeds.invalid/0.xml', null, now);
    stores.feeds.saveItems(feed.id, [bridgeItem(now)], now - 60_000);
    const engine = withLlmDigest(
      inProcessAnalyzer(
        createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 }),
      ),
      {
        llmBaseUrl: fake.baseUrl,
        llmModel: 'test-model',
        llmApiKey: undefined,
        llmTimeoutSeconds: 30,
        llmMaxConcurrency: 2,
        digestSentences: 3,
        digestMaxWords: 90,
      },
      { debug() {}, info() {}, warn() {}, error() {} },
    );
    const noFetch: Fetcher = { fetch: () => Promise.reject(new Error('nothing to fetch')) };
    const poster = createSlackPoster({ token: 'xoxb-x', apiUrl: slack.apiUrl });
    const quiet = { debug() {}, info() {}, warn() {}, error() {} };
    const result = await runScheduledDigest(stores.schedules.getSchedule(channel)!, now, {
      store: stores.feeds,
      outbox: stores.outbox,
      runs: stores.runs,
      posters: { slack: poster },
      engine,
      itemText: createItemText(noFetch),
      clock: { now: () => now },
      log: quiet,
    });
    expect(result).toBe('queued');
    const entry = stores.outbox.list()[0]!;
    expect(
      await deliverEntry(entry, {
        outbox: stores.outbox,
        runs: stores.runs,
        poster,
        clock: { now: () => now },
        log: quiet,
      }),
    ).toBe('delivered');
    const posted = JSON.stringify(slack.channelMessages.get('C-LLM'));
    expect(posted).toContain('Harbor Street bridge.');
    expect(posted).toContain('last about five months.');
    expect(posted).toContain(MODEL_DIGEST_MARK);
    stores.close();
  });
});
