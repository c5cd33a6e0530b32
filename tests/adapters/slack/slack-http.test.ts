import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../commands/index.js';
import type { CommandDefinition, CommandDeps } from '../../../commands/types.js';
import { renderSlack } from '../../../src/adapters/slack/render-slack.js';
import { type SlackSession, startSlack } from '../../../src/adapters/slack/start-slack.js';
import type { Analyzer } from '../../../src/core/engine.js';
import type { Reply } from '../../../src/core/reply.js';
import type { ArticleInput } from '../../../src/core/types.js';
import { slackHttpConfig } from '../../helpers/fake-slack/http-config.js';
import { postSlashCommand } from '../../helpers/fake-slack/sign.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../../helpers/fake-slack/web-api.js';
import { createGate } from '../../helpers/gate.js';

const secret = 'test-signing-secret';

const hostile: ArticleInput = {
  title: 'Plan <!everyone> passes & more',
  text: 'Officials said <!channel> the plan <@U123> would pass. Click <https://evil.example|here> now & @everyone should <!here> read it. The vote was 52 to 48.',
  source: 'https://news.example/hostile',
};

/** A test-only command that needs manage rights, in a group like the future `feeds add`. */
const purgeCommand: CommandDefinition = {
  group: 'feeds',
  name: 'purge',
  description: 'Test only: needs manage rights',
  permission: 'manage',
  options: [],
  run: async () => ({ private: true, body: ['All feeds purged.'] }),
};

/** A test-only private reply too long for one message: 40 stories. */
const bigReply: Reply = {
  private: true,
  title: 'Forty stories',
  items: Array.from({ length: 40 }, (_, i) => ({
    title: `Story ${i} `.repeat(20),
    url: `https://news.example/${i}`,
    digest: [`Digest line ${i}. `.repeat(80)],
    noteCounts: {},
  })),
};
const bigCommand: CommandDefinition = {
  name: 'big',
  description: 'Test only: a reply in many messages',
  permission: 'everyone',
  options: [],
  run: async () => bigReply,
};

/** Holds the article at a "slow" address until the test opens it. */
const slowArticle = createGate();

async function loadArticle(source: string): Promise<ArticleInput> {
  if (source.endsWith('/slow')) await slowArticle.wait();
  if (source.endsWith('/broken')) throw new Error('socket hang up');
  return { ...hostile, source };
}

/**
 * The analysis itself is tested elsewhere; here the article's sentences become the digest
 * verbatim, with one framing note quoting hostile text, so what reaches Slack is predictable.
 */
const engine: Analyzer = {
  analyze: async (input) => ({
    title: input.title,
    source: input.source,
    genre: { label: 'news', score: 0.9, evidence: [] },
    digest: input.text.split(/(?<=\.) /).map((text) => ({ text, spans: [] })),
    notes: [
      {
        kind: 'loaded-language',
        text: '<!here> read it',
        span: [0, 0],
        message: 'A call to @channel, not a fact',
      },
    ],
    sources: [],
    published: null,
    outlet: null,
    url: null,
    stats: { words: input.text.split(/\s+/).length, sentences: 3 },
  }),
};

const deps: CommandDeps = {
  engine,
  loadArticle,
  commandName: 'news',
  registry: [...registry, purgeCommand, bigCommand],
};

const logged: { level: string; message: string }[] = [];
const record = (level: string) => (_details: object, message: string) =>
  void logged.push({ level, message });
const logger = {
  debug: () => {},
  info: record('info'),
  warn: record('warn'),
  error: record('error'),
};

let api: FakeSlackApi;
let session: SlackSession;
let eventsUrl: string;
let nextId = 0;
/** Lede's clock runs this far ahead of the real one, to replay a request "later" without waiting. */
let clockAheadMs = 0;

beforeAll(async () => {
  api = await startFakeSlackApi();
  session = await startSlack({
    config: slackHttpConfig(api.apiUrl, secret, ['UMANAGER']),
    deps,
    logger,
    host: '127.0.0.1',
    clock: { now: () => Date.now() + clockAheadMs },
  });
  eventsUrl = `http://127.0.0.1:${session.port}/slack/events`;
});

afterAll(async () => {
  await session?.stop();
  await api?.close();
});

/** Sends `/news <text>` and returns the response id its answers will carry. */
async function send(text: string, user = 'U0001', channel = 'C0001') {
  const id = `r${++nextId}`;
  const res = await postSlashCommand(eventsUrl, secret, {
    text,
    user_id: user,
    channel_id: channel,
    response_url: api.responseUrl(id),
  });
  return { id, ...res };
}

const responseTo = (id: string) => waitFor(() => api.responses.find((r) => r.id === id));

function expectInert(json: string) {
  expect(json).not.toMatch(/<!(channel|here|everyone)>/);
  expect(json).not.toContain('<@U123>');
  expect(json).not.toContain('<https://evil.example');
  expect(json).not.toMatch(/@(channel|here|everyone)\b/);
}

describe('Slack over HTTP (the real Bolt against a fake Slack)', () => {
  it('acknowledges while the article is still loading, then posts the digest to the channel', async () => {
    // The article is held until the test opens it, so the order proves "acknowledge first".
    const sent = await send('summarize https://news.example/slow', 'U0001', 'CSLOW');
    expect(sent.status).toBe(200);
    expect(slowArticle.isOpen).toBe(false);
    expect(api.callsTo('chat.postMessage').some((c) => c.params.channel === 'CSLOW')).toBe(false);

    slowArticle.open();
    const post = await waitFor(() =>
      api.callsTo('chat.postMessage').find((c) => c.params.channel === 'CSLOW'),
    );
    const blocks = post.params.blocks as { type: string; text?: { text: string } }[];
    expect(blocks[0]).toMatchObject({ type: 'header' });
    expect(blocks[0]!.text!.text).toBe('Plan &lt;!everyone&gt; passes &amp; more');
    const json = JSON.stringify(post.params);
    expect(json).toContain('The vote was 52 to 48.');
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).toContain('&lt;https://evil.example|here&gt;');
    expectInert(json);
    expect(post.params.unfurl_links).toBe('false');
  });

  it('answers privately through response_url when asked for a private reply', async () => {
    const sent = await send('summarize <https://news.example/hostile|news.example> private');
    expect(sent.status).toBe(200);
    const response = await responseTo(sent.id);
    expect(response.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(response.body)).toContain('The vote was 52 to 48.');
    expectInert(JSON.stringify(response.body));
    expect(JSON.stringify(response.body)).toContain('<https://news.example/hostile|news.example>');
  });

  it('refuses a request with a bad signature or a stale timestamp', async () => {
    const fields = { text: 'help', response_url: api.responseUrl('refused') };
    const forged = await postSlashCommand(eventsUrl, secret, fields, { signature: 'v0=00ff' });
    expect(forged.status).toBe(401);
    const wrongSecret = await postSlashCommand(eventsUrl, 'another-secret', fields);
    expect(wrongSecret.status).toBe(401);
    const stale = await postSlashCommand(eventsUrl, secret, fields, {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(stale.status).toBe(401);
    // A signed request sent after them is answered; the refused ones never reached a command.
    const signed = await send('help');
    await responseTo(signed.id);
    expect(api.responses.some((r) => r.id === 'refused')).toBe(false);
  });

  it('refuses a captured request replayed 3 s and 10 s later, having run the command once', async () => {
    const fields = { text: 'help', response_url: api.responseUrl('captured') };
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await postSlashCommand(eventsUrl, secret, fields, { timestamp });
    expect(first.status).toBe(200);
    await responseTo('captured');
    try {
      for (const laterMs of [3000, 10_000]) {
        clockAheadMs = laterMs;
        const replayed = await postSlashCommand(eventsUrl, secret, fields, { timestamp });
        expect(replayed.status).toBe(401);
      }
    } finally {
      clockAheadMs = 0;
    }
    // A fresh command answered after the replays means they would have been answered by now.
    await responseTo((await send('help')).id);
    expect(api.responses.filter((r) => r.id === 'captured')).toHaveLength(1);
    expect(logged.filter((l) => l.message === 'refused a Slack request')).not.toHaveLength(0);
  });

  it('refuses a correctly signed request stamped an hour ahead or six minutes behind, and takes a fresh one', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const [id, timestamp] of [
      ['future', now + 3600],
      ['past', now - 6 * 60],
    ] as const) {
      const fields = { text: 'help', response_url: api.responseUrl(id) };
      const sent = await postSlashCommand(eventsUrl, secret, fields, { timestamp });
      expect(sent.status).toBe(401);
    }
    const fresh = await postSlashCommand(
      eventsUrl,
      secret,
      { text: 'help', response_url: api.responseUrl('fresh') },
      { timestamp: now - 2 },
    );
    expect(fresh.status).toBe(200);
    await responseTo('fresh');
    expect(api.responses.some((r) => r.id === 'future' || r.id === 'past')).toBe(false);
  });

  it('refuses a manage command to a member who is not a workspace admin', async () => {
    const sent = await send('feeds purge', 'UMEMBER');
    const response = await responseTo(sent.id);
    expect(response.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(response.body)).toContain('Only people who manage');
  });

  it('runs a manage command for a workspace admin, asking users.info once per user', async () => {
    api.admins.add('UADMIN');
    const first = await responseTo((await send('feeds purge', 'UADMIN')).id);
    const second = await responseTo((await send('feeds purge', 'UADMIN')).id);
    for (const response of [first, second]) {
      expect(JSON.stringify(response.body)).toContain('All feeds purged.');
    }
    const asked = api.callsTo('users.info').filter((c) => c.params.user === 'UADMIN');
    expect(asked).toHaveLength(1);
  });

  it('runs a manage command for someone in SLACK_MANAGER_IDS without asking Slack', async () => {
    const response = await responseTo((await send('feeds purge', 'UMANAGER')).id);
    expect(JSON.stringify(response.body)).toContain('All feeds purged.');
    expect(api.callsTo('users.info').some((c) => c.params.user === 'UMANAGER')).toBe(false);
  });

  it('answers an empty command with help and an unknown one with a hint, privately', async () => {
    const help = await responseTo((await send('')).id);
    expect(help.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(help.body)).toContain('/news summarize');
    const unknown = await responseTo((await send('subscribe <!channel>')).id);
    expect(unknown.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(unknown.body)).toContain('Unknown command: subscribe &lt;!channel&gt;');
  });

  it('turns an unexpected failure into a private reply with a reference id and keeps serving', async () => {
    const failed = await responseTo((await send('summarize https://news.example/broken')).id);
    expect(failed.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(failed.body)).toMatch(/reference [0-9a-f]{8}/);
    expect(logged.some((l) => l.level === 'error' && l.message === 'unexpected error')).toBe(true);
    const next = await responseTo((await send('help')).id);
    expect(JSON.stringify(next.body)).toContain('/news summarize');
  });

  it('answers in the channel through response_url when the bot may not post there', async () => {
    api.postMessageError = 'not_in_channel';
    try {
      const sent = await send('summarize https://news.example/hostile', 'U0001', 'CPRIVATE');
      const response = await responseTo(sent.id);
      expect(response.body.response_type).toBe('in_channel');
      expect(JSON.stringify(response.body)).toContain('The vote was 52 to 48.');
      expect(logged.some((l) => l.level === 'warn' && /postMessage failed/.test(l.message))).toBe(
        true,
      );
    } finally {
      api.postMessageError = undefined;
    }
  });

  it('logs a reply that cannot be delivered (an expired response_url) and keeps serving', async () => {
    const sent = await postSlashCommand(eventsUrl, secret, {
      text: 'help',
      response_url: api.responseUrl('expired-1'),
    });
    expect(sent.status).toBe(200);
    await waitFor(() => logged.find((l) => l.message === 'could not answer a Slack command'));
    const next = await responseTo((await send('help')).id);
    expect(JSON.stringify(next.body)).toContain('/news summarize');
  });

  it('sends a long private reply through response_url five times, then as ephemeral posts', async () => {
    const parts = renderSlack(bigReply).length;
    expect(parts).toBeGreaterThan(5);
    const sent = await send('big', 'UBIG', 'CBIG');
    const ephemeral = () =>
      api.callsTo('chat.postEphemeral').filter((c) => c.params.user === 'UBIG');
    await waitFor(() => (ephemeral().length === parts - 5 ? true : undefined));
    expect(api.responses.filter((r) => r.id === sent.id)).toHaveLength(5);
    expect(ephemeral()[0]!.params.channel).toBe('CBIG');
    expect(api.callsTo('chat.postMessage').some((c) => c.params.channel === 'CBIG')).toBe(false);
  });
});
