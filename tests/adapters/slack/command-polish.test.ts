import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../commands/index.js';
import type { CommandDeps } from '../../../commands/types.js';
import { type SlackSession, startSlack } from '../../../src/adapters/slack/start-slack.js';
import type { Analyzer } from '../../../src/core/engine.js';
import { slackHttpConfig } from '../../helpers/fake-slack/http-config.js';
import { postSlashCommand } from '../../helpers/fake-slack/sign.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../../helpers/fake-slack/web-api.js';

const secret = 'test-signing-secret';

/** The analysis is tested elsewhere: here only where the answer goes matters. */
const engine: Analyzer = {
  analyze: async (input) => ({
    title: input.title,
    source: input.source,
    genre: { label: 'news', score: 0.9, evidence: [] },
    digest: [{ text: 'The council approved the plan.', spans: [] }],
    notes: [],
    sources: [],
    published: null,
    outlet: null,
    url: null,
    stats: { words: 5, sentences: 1 },
  }),
};

const deps: CommandDeps = {
  engine,
  loadArticle: async (source) => ({ title: 'Plan passes', text: 'It passed.', source }),
  commandName: 'news',
  registry,
};

let api: FakeSlackApi;
let session: SlackSession;
let eventsUrl: string;
let nextId = 0;

beforeAll(async () => {
  api = await startFakeSlackApi();
  session = await startSlack({
    config: slackHttpConfig(api.apiUrl, secret),
    deps,
    logger: { debug() {}, info() {}, warn() {}, error() {} },
    host: '127.0.0.1',
  });
  eventsUrl = `http://127.0.0.1:${session.port}/slack/events`;
});

afterAll(async () => {
  await session?.stop();
  await api?.close();
});

/** Sends `/news <text>` and returns its first answer through response_url. */
async function ask(text: string) {
  const id = `polish-${++nextId}`;
  const channel = `CPOLISH${nextId}`;
  await postSlashCommand(eventsUrl, secret, {
    text,
    user_id: 'U0001',
    channel_id: channel,
    response_url: api.responseUrl(id),
  });
  const response = await waitFor(() => api.responses.find((r) => r.id === id));
  return { channel, body: response.body, json: JSON.stringify(response.body) };
}

describe('Slack commands, polished', () => {
  it.each([
    ['feeds', '/news feeds add url:&lt;url&gt;'],
    ['schedule', '/news schedule set cron:&lt;cron&gt;'],
  ])('answers /news %s alone with that group’s help, privately', async (group, usage) => {
    const answer = await ask(group);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.json).toContain(`Lede: the ${group} commands`);
    expect(answer.json).toContain(usage);
    expect(answer.json).not.toContain('Unknown command');
  });

  it('refuses an unknown option by name, listing the options there are', async () => {
    const answer = await ask('digest since:7d extra:1');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.json).toContain('has no option');
    expect(answer.json).toMatch(/extra.*Its options: .*since.*, .*max/);
  });

  it('keeps an answer private for the bare word `private` after a named option', async () => {
    const answer = await ask('summarize url:https://news.example/plan private');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.json).toContain('The council approved the plan.');
    expect(api.callsTo('chat.postMessage').map((c) => c.params.channel)).not.toContain(
      answer.channel,
    );
  });
});
