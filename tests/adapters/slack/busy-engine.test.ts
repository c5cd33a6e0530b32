import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../commands/index.js';
import { type SlackSession, startSlack } from '../../../src/adapters/slack/start-slack.js';
import {
  type BusyAnalyzer,
  loadBusyArticle,
  spinningUrl,
  startBusyAnalyzer,
  tooSlowUrl,
} from '../../helpers/analysis/busy-analyzer.js';
import { slackHttpConfig } from '../../helpers/fake-slack/http-config.js';
import { postSlashCommand } from '../../helpers/fake-slack/sign.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../../helpers/fake-slack/web-api.js';

const secret = 'test-signing-secret';
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
let api: FakeSlackApi;
let session: SlackSession;
let analyzer: BusyAnalyzer;
let eventsUrl: string;
let nextId = 0;

beforeAll(async () => {
  api = await startFakeSlackApi();
  analyzer = await startBusyAnalyzer();
  session = await startSlack({
    config: slackHttpConfig(api.apiUrl, secret),
    deps: { engine: analyzer, loadArticle: loadBusyArticle, commandName: 'news', registry },
    logger: quiet,
    host: '127.0.0.1',
  });
  eventsUrl = `http://127.0.0.1:${session.port}/slack/events`;
});

afterAll(async () => {
  await session?.stop();
  await analyzer?.close();
  await api?.close();
});

async function send(text: string, user: string, channel: string) {
  const id = `busy${++nextId}`;
  const res = await postSlashCommand(eventsUrl, secret, {
    text,
    user_id: user,
    channel_id: channel,
    response_url: api.responseUrl(id),
  });
  return { id, ...res };
}

/** Everything Lede sent back for a channel or a response id, as one JSON string. */
function answersTo(channel: string, id: string): string {
  const posts = api.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);
  const responses = api.responses.filter((r) => r.id === id);
  return posts.length + responses.length === 0 ? '' : JSON.stringify([posts, responses]);
}

describe('Slack over HTTP while the engine is busy (the real Bolt against a fake Slack)', () => {
  it("acknowledges another user's /news help within 3 s while a summary keeps a worker busy", async () => {
    const busy = await send(`summarize ${spinningUrl}`, 'U0001', 'CBUSY');
    expect(busy.status).toBe(200);
    await analyzer.spinning;
    const help = await send('help', 'U0002', 'CHELP');
    expect(help.status).toBe(200);
    expect(help.ms).toBeLessThan(3_000);
    const answer = await waitFor(() => answersTo('CHELP', help.id) || undefined);
    expect(answer).toContain('summarize');
    expect(answersTo('CBUSY', busy.id)).toBe('');
  });

  it('refuses an article that outlasts the time budget, saying why', async () => {
    const sent = await send(`summarize ${tooSlowUrl}`, 'U0003', 'CSLOW');
    expect(sent.status).toBe(200);
    const answer = await waitFor(() => answersTo('CSLOW', sent.id) || undefined);
    expect(answer).toContain('This article took too long to analyse (more than 1 s)');
  });
});
