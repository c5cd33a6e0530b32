import { Agent, type Dispatcher, getGlobalDispatcher, setGlobalDispatcher } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../commands/index.js';
import { buildCommandJson } from '../../../src/adapters/discord/command-json.js';
import { type DiscordSession, startDiscord } from '../../../src/adapters/discord/index.js';
import type { DiscordEmbed } from '../../../src/adapters/discord/render-discord.js';
import { parseOpml } from '../../../src/core/feed/opml.js';
import { type ChannelStack, startChannelStack } from '../../helpers/channel-stack.js';
import { type FakeDiscord, startFakeDiscord } from '../../helpers/fake-discord/fake-discord.js';
import {
  appId,
  channelId,
  permissions,
  type SlashOptions,
  slashCommand,
} from '../../helpers/fake-discord/payloads.js';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.js';
import { opmlListing, serveOpmlFeeds } from '../../helpers/opml-feeds.js';
import { recordingLog, stubEngine, testDeps } from './test-deps.js';

type Body = { embeds?: DiscordEmbed[]; files?: { name: string; text: string }[] };

let fake: FakeDiscord;
let server: LocalServer;
let stack: ChannelStack;
let session: DiscordSession;
let nextId = 800_000_000_000_000_000n;
let previousDispatcher: Dispatcher;

beforeAll(async () => {
  // `lede start` loads undici 7 (the safe fetcher) before discord.js, so undici 7's Agent is the
  // global dispatcher when discord.js uploads a file: the state in which uploads used to hang.
  previousDispatcher = getGlobalDispatcher();
  setGlobalDispatcher(new Agent());
  [fake, server] = await Promise.all([startFakeDiscord(), startLocalServer()]);
  serveOpmlFeeds(server);
  server.route('/attachments/feeds.opml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end(opmlListing(server.origin));
  });
  stack = startChannelStack(stubEngine);
  session = await startDiscord({
    config: { discordToken: 'test-token', discordApiUrl: fake.apiUrl },
    deps: { ...testDeps(), registry, channels: stack.channels, loadFile: stack.loadFile },
    logger: recordingLog(),
  });
});

afterAll(async () => {
  await session?.stop();
  await Promise.all([fake?.close(), server?.close(), stack?.close()]);
  const ours = getGlobalDispatcher();
  setGlobalDispatcher(previousDispatcher);
  await ours.close();
});

/** Runs a slash command as a manager and returns its answer. */
async function asManager(o: Omit<SlashOptions, 'id' | 'memberPermissions'>): Promise<Body> {
  const id = String(nextId++);
  fake.dispatch(
    'INTERACTION_CREATE',
    slashCommand({ id, memberPermissions: permissions.manageChannels, ...o }),
  );
  // The answer edits the deferred reply, or (an error, which is private) follows up privately.
  const answer = await fake.waitFor(
    (r) =>
      (r.method === 'PATCH' && r.path === `/webhooks/${appId}/token-${id}/messages/@original`) ||
      (r.method === 'POST' && r.path === `/webhooks/${appId}/token-${id}`),
  );
  return answer.body as Body;
}

const text = (body: Body) => JSON.stringify(body.embeds);
const channel = { platform: 'discord' as const, id: channelId };

describe('feed filters and OPML on Discord (real discord.js against a fake Discord)', () => {
  it('registers feeds filter with feed suggestions and feeds import with an attachment option', () => {
    const json = buildCommandJson(registry, 'news');
    const feeds = json.options!.find((o) => o.name === 'feeds') as {
      options: {
        name: string;
        options: { name: string; type: number; autocomplete?: boolean }[];
      }[];
    };
    const filter = feeds.options.find((o) => o.name === 'filter')!;
    expect(filter.options).toMatchObject([
      { name: 'feed', type: 3, autocomplete: true },
      { name: 'include', type: 3 },
      { name: 'exclude', type: 3 },
    ]);
    expect(feeds.options.find((o) => o.name === 'import')!.options).toMatchObject([
      { name: 'file', type: 11 },
    ]);
  });

  it('imports an attached OPML file, reporting each feed, then exports the feeds as a file', async () => {
    const imported = await asManager({
      group: 'feeds',
      name: 'import',
      attachments: {
        file: { url: `${server.origin}/attachments/feeds.opml`, filename: 'feeds.opml', size: 900 },
      },
    });
    expect(text(imported)).toContain('Added 2: Harbor Gazette, Hill Herald.');
    expect(text(imported)).toContain('Refused 2:');
    expect(stack.stores.feeds.channelFeeds(channel).map((f) => f.title)).toEqual([
      'Harbor Gazette',
      'Hill Herald',
    ]);

    const exported = await asManager({ group: 'feeds', name: 'export' });
    expect(exported.files).toHaveLength(1);
    expect(exported.files![0]!.name).toBe('lede-feeds.opml');
    expect(parseOpml(exported.files![0]!.text).feeds.map((f) => f.title)).toEqual([
      'Harbor Gazette',
      'Hill Herald',
    ]);
  });

  it('sets a feed’s filters by the id autocomplete offers, and lists them', async () => {
    const [suggestion] = await stack.channels.suggestFeeds(channel, 'gazette');
    const filtered = await asManager({
      group: 'feeds',
      name: 'filter',
      options: { feed: suggestion!.value, include: 'bridge, "city council"', exclude: 'sponsored' },
    });
    expect(text(filtered)).toContain('include: bridge, \\"city council\\"; exclude: sponsored');
    const listed = await asManager({ group: 'feeds', name: 'list' });
    expect(text(listed)).toMatch(/Harbor Gazette.*— ok — include: bridge/);
    const refused = await asManager({
      group: 'feeds',
      name: 'filter',
      options: { feed: suggestion!.value, include: '/(a/' },
    });
    expect(text(refused)).toContain('is not valid: missing closing )');
  });
});
