import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../commands/index.js';
import { type SlackSession, startSlack } from '../../../src/adapters/slack/start-slack.js';
import { parseOpml } from '../../../src/core/feed/opml.js';
import { type ChannelStack, startChannelStack } from '../../helpers/channel-stack.js';
import { slackHttpConfig } from '../../helpers/fake-slack/http-config.js';
import { postSlashCommand } from '../../helpers/fake-slack/sign.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../../helpers/fake-slack/web-api.js';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.js';
import { opmlListing, serveOpmlFeeds } from '../../helpers/opml-feeds.js';
import { stubEngine, testDeps } from '../discord/test-deps.js';

const secret = 'slack-feeds-secret';
const manager = 'UMANAGER';

let api: FakeSlackApi;
let server: LocalServer;
let stack: ChannelStack;
let session: SlackSession;
let nextId = 0;

beforeAll(async () => {
  [api, server] = await Promise.all([startFakeSlackApi(), startLocalServer()]);
  serveOpmlFeeds(server);
  api.files.set('F0OPML0001', { name: 'feeds.opml', text: opmlListing(server.origin) });
  stack = startChannelStack(stubEngine);
  session = await startSlack({
    config: slackHttpConfig(api.apiUrl, secret, [manager]),
    deps: { ...testDeps(), registry, channels: stack.channels, loadFile: stack.loadFile },
    logger: { debug() {}, info() {}, warn() {}, error() {} },
    host: '127.0.0.1',
  });
});

afterAll(async () => {
  await session?.stop();
  await Promise.all([api?.close(), server?.close(), stack?.close()]);
});

/**
 * Sends `/news <text>` as a manager in its own channel and returns the text of its answer:
 * the bot's posts there (public replies), else what came back through response_url (private).
 */
async function answerTo(text: string, channel = `CFEEDS${nextId + 1}`): Promise<string> {
  const id = `feeds${++nextId}`;
  const before = api.channelMessages.get(channel)?.length ?? 0;
  await postSlashCommand(`http://127.0.0.1:${session.port}/slack/events`, secret, {
    text,
    user_id: manager,
    channel_id: channel,
    response_url: api.responseUrl(id),
  });
  const answer = await waitFor(() => {
    const posted = api.channelMessages.get(channel)?.slice(before);
    return posted?.length ? posted : api.responses.find((r) => r.id === id)?.body;
  });
  return JSON.stringify(answer);
}

describe('feed filters and OPML on Slack (the real Bolt against a fake Slack)', () => {
  it('imports a file shared in Slack: files.info, then its private URL with the bot token', async () => {
    const link = '<https://lede-test.slack.com/files/U0001/F0OPML0001/feeds.opml>';
    const reply = await answerTo(`feeds import file:${link}`);
    expect(reply).toContain('Added 2: Harbor Gazette, Hill Herald.');
    expect(reply).toContain('Refused 2:');
    expect(api.callsTo('files.info').map((c) => c.params.file)).toEqual(['F0OPML0001']);
    expect(api.fileDownloads).toEqual(['Bearer xoxb-test']);
  });

  it('refuses a file Slack does not know and a link that is not a Slack file, briefly', async () => {
    const unknown = await answerTo('feeds import https://x.slack.com/files/U1/F0NOPE0001/a.opml');
    // Slack shows "_" as italics markup, so a look-alike stands in for it.
    expect(unknown).toContain(
      'Slack would not show that file (fileˍnotˍfound): is Lede in its channel?',
    );
    const other = await answerTo('feeds import notes.opml');
    expect(other).toContain('Share the file in Slack, then give its link');
  });

  it('never sends the bot token to a download link outside Slack', async () => {
    const elsewhere = `${server.origin}/attachments/token-catcher.opml`;
    api.files.set('F0ELSE0001', { name: 'a.opml', text: '<opml/>', url: elsewhere });
    const downloads = api.fileDownloads.length;
    const reply = await answerTo('feeds import https://x.slack.com/files/U1/F0ELSE0001/a.opml');
    expect(reply).toContain('That file is not stored by Slack.');
    expect(api.fileDownloads).toHaveLength(downloads);
    expect(server.seen.filter((line) => line.includes('token-catcher'))).toEqual([]);
  });

  it('exports the channel’s feeds as OPML in code blocks', async () => {
    const channel = { platform: 'slack' as const, id: 'CEXPORT' };
    await stack.channels.addFeed(channel, `${server.origin}/gazette.xml`, manager);
    const exported = JSON.parse(await answerTo('feeds export', channel.id)) as {
      blocks: unknown[];
    }[];
    const code = exported
      .flatMap((m) => m.blocks as { text?: { text: string } }[])
      .map((b) => b.text?.text ?? '')
      .find((t) => t.startsWith('```'))!;
    const xml = code
      .slice(3, -3)
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
    expect(parseOpml(xml).feeds).toEqual([
      { url: `${server.origin}/gazette.xml`, title: 'Harbor Gazette' },
    ]);
  });

  it('sets a feed’s filters by its link and shows them in feeds list', async () => {
    const channel = { platform: 'slack' as const, id: 'CFILTER' };
    await stack.channels.addFeed(channel, `${server.origin}/herald.xml`, manager);
    const set = await answerTo(
      `feeds filter feed:${server.origin}/herald.xml include:bridge exclude:"opinion piece"`,
      channel.id,
    );
    expect(set).toContain('include: bridge; exclude: \\"opinion piece\\".');
    expect(stack.stores.feeds.channelFeeds(channel)[0]).toMatchObject({
      includeTerms: 'bridge',
      excludeTerms: '"opinion piece"',
    });
    const listed = await answerTo('feeds list', channel.id);
    expect(listed).toMatch(/Hill Herald.*— ok — include: bridge; exclude: \\"opinion piece\\"/);
  });
});
