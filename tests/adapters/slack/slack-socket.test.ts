import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../commands/index.js';
import type { CommandDeps } from '../../../commands/types.js';
import { type SlackSession, startSlack } from '../../../src/adapters/slack/start-slack.js';
import type { Analyzer } from '../../../src/core/engine.js';
import { type FakeSocketMode, startFakeSocketMode } from '../../helpers/fake-slack/socket-mode.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../../helpers/fake-slack/web-api.js';
import { createGate } from '../../helpers/gate.js';

/** The article is held until the test opens this, so the order proves "acknowledge first". */
const slowArticle = createGate();

const engine: Analyzer = {
  analyze: async (input) => ({
    title: input.title,
    source: input.source,
    genre: { label: 'unknown', score: 0, evidence: [] },
    digest: [{ text: input.text, spans: [] }],
    notes: [],
    sources: [],
    published: null,
    outlet: null,
    url: null,
    stats: { words: 6, sentences: 1 },
  }),
};

const deps: CommandDeps = {
  engine,
  loadArticle: async (source) => {
    await slowArticle.wait();
    return { title: 'Slow news', text: 'The council met <@U123> on Tuesday.', source };
  },
  commandName: 'news',
  registry,
};

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

let api: FakeSlackApi;
let socket: FakeSocketMode;
let session: SlackSession;

beforeAll(async () => {
  api = await startFakeSlackApi();
  socket = await startFakeSocketMode();
  api.socketUrl = socket.url;
  session = await startSlack({
    config: {
      commandName: 'news',
      slackBotToken: 'xoxb-test',
      slackAppToken: 'xapp-test',
      slackSigningSecret: undefined,
      slackMode: 'socket',
      slackPort: 3000,
      slackManagerIds: [],
      slackApiUrl: api.apiUrl,
    },
    deps,
    logger: quiet,
  });
  await socket.connected;
});

afterAll(async () => {
  await session?.stop();
  await socket?.close();
  await api?.close();
});

describe('Slack over Socket Mode (the real Bolt against a fake Slack)', () => {
  it('checks the app token, then opens the connection through apps.connections.open', () => {
    // The first call is Lede's token check at start-up (its URL is never used), the second Bolt's.
    expect(api.callsTo('apps.connections.open')).toHaveLength(2);
  });

  it('acknowledges the envelope at once, then answers privately through response_url', async () => {
    await socket.send('slash_commands', {
      command: '/news',
      text: 'summarize https://news.example/council private',
      user_id: 'U0001',
      channel_id: 'C0001',
      team_id: 'T0001',
      api_app_id: 'A0001',
      response_url: api.responseUrl('socket-1'),
      trigger_id: '1.2.3',
    });
    expect(slowArticle.isOpen).toBe(false);
    expect(api.responses).toHaveLength(0);

    slowArticle.open();
    const response = await waitFor(() => api.responses.find((r) => r.id === 'socket-1'));
    expect(response.body.response_type).toBe('ephemeral');
    const json = JSON.stringify(response.body);
    expect(json).toContain('The council met &lt;@U123&gt; on Tuesday.');
    expect(json).not.toContain('<@U123>');
  });
});
