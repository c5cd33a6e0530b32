import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordPoster } from '../../src/adapters/discord/post-channel.js';
import { createSlackPoster } from '../../src/adapters/slack/post-channel.js';
import { openStores, type Stores } from '../../src/adapters/sqlite/open-stores.js';
import { createWebhookPoster } from '../../src/adapters/webhook/post-webhook.js';
import { deliverEntry } from '../../src/services/delivery/deliver-entry.js';
import { type Poster, partRef } from '../../src/services/delivery/poster.js';
import { type ChannelRef, systemClock } from '../../src/services/ports.js';
import { type FakeDiscord, startFakeDiscord } from '../helpers/fake-discord/fake-discord.js';
import { type FakeSlackApi, startFakeSlackApi } from '../helpers/fake-slack/web-api.js';
import { seedScheduledChannels } from '../helpers/seed-schedules.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const reply = {
  title: 'Digest',
  items: [{ title: 'A <b> & c', digest: ['One.'], noteCounts: {} }],
};

function freshStores(channel: ChannelRef): Stores {
  const stores = openStores(mkdtempSync(join(tmpdir(), 'lede-outbox-')));
  seedScheduledChannels(stores, {
    channels: [channel],
    itemsPerChannel: 3,
    cron: '0 8 * * *',
    setAt: 0,
    now: Date.now(),
  });
  return stores;
}

const flat = { thread: false, mention: null, name: 'Digest' };

async function queue(stores: Stores, channel: ChannelRef, poster: Poster, parts = 2) {
  const [message] = (await poster.plan(reply, channel.id, flat)).messages;
  const messages = Array.from({ length: parts }, () => message);
  return stores.outbox.enqueue(
    {
      channel,
      key: `${channel.platform}:${channel.id}@2026-05-01T08:00:00.000Z`,
      slotAt: Date.parse('2026-05-01T08:00:00Z'),
      windowStart: 0,
      windowEnd: 1,
      itemIds: [1, 2, 3],
      messages,
    },
    1_000,
  )!;
}

const deps = (stores: Stores, poster: Poster) => ({
  outbox: stores.outbox,
  runs: stores.runs,
  poster,
  clock: systemClock,
  log: quiet,
});

describe('outbox store (real SQLite file)', () => {
  it('queues a slot once, marks its items taken and moves lastRunAt in one go', async () => {
    const channel: ChannelRef = { platform: 'slack', id: 'C1' };
    const stores = freshStores(channel);
    const poster = createSlackPoster({ token: 'xoxb-x', apiUrl: 'http://127.0.0.1:9/api/' });
    const entry = await queue(stores, channel, poster);
    expect(entry).toMatchObject({ state: 'pending', attempts: 0, platformIds: [null, null] });
    expect(stores.schedules.getSchedule(channel)?.lastRunAt).toBe(1_000);
    expect([...stores.outbox.takenItems(channel, [1, 2, 3, 4])]).toEqual([1, 2, 3]);
    expect(await queue(stores, channel, poster)).toBeNull();
    expect(stores.outbox.list()).toHaveLength(1);
    stores.close();
  });
});

describe('delivery to Slack (real Web API client, fake Slack)', () => {
  let slack: FakeSlackApi;
  beforeAll(async () => {
    slack = await startFakeSlackApi();
  });
  afterAll(() => slack.close());

  it('after a crash between parts, looks the digest up and posts only the missing part', async () => {
    const channel: ChannelRef = { platform: 'slack', id: 'C2' };
    const stores = freshStores(channel);
    const poster = createSlackPoster({ token: 'xoxb-x', apiUrl: slack.apiUrl });
    const entry = await queue(stores, channel, poster);
    // The first attempt posted part 0, then Lede died before recording it.
    stores.outbox.markSending(entry.id, 2_000);
    await poster.post({ channelId: channel.id }, entry.messages[0], partRef(entry.key, 0));
    const result = await deliverEntry(stores.outbox.get(entry.id)!, deps(stores, poster));
    expect(result).toBe('delivered');
    expect(slack.callsTo('conversations.history')[0]?.params).toMatchObject({
      include_all_metadata: 'true',
    });
    const posted = slack.channelMessages.get('C2')!;
    expect(posted.map((m) => m.metadata?.event_payload.key)).toEqual([
      partRef(entry.key, 0),
      partRef(entry.key, 1),
    ]);
    expect(JSON.stringify(posted[0]!.blocks)).toContain('A &lt;b&gt; &amp; c');
    expect(stores.outbox.get(entry.id)).toMatchObject({ state: 'delivered' });
    stores.close();
  });

  it('pauses the schedule when Lede is not in the channel', async () => {
    const channel: ChannelRef = { platform: 'slack', id: 'C3' };
    slack.channelErrors.set('C3', 'not_in_channel');
    const stores = freshStores(channel);
    const poster = createSlackPoster({ token: 'xoxb-x', apiUrl: slack.apiUrl });
    const entry = await queue(stores, channel, poster);
    expect(await deliverEntry(entry, deps(stores, poster))).toBe('paused');
    expect(stores.schedules.getSchedule(channel)?.pausedReason).toContain('not_in_channel');
    expect(stores.outbox.get(entry.id)?.state).toBe('failed');
    stores.close();
  });
});

describe('delivery to Discord (real discord.js REST, fake Discord)', () => {
  let discord: FakeDiscord;
  beforeAll(async () => {
    discord = await startFakeDiscord();
  });
  afterAll(() => discord.close());

  it('posts each part with a nonce, its ref in the footer and no mentions', async () => {
    const channel: ChannelRef = { platform: 'discord', id: '100' };
    const stores = freshStores(channel);
    const poster = createDiscordPoster({ token: 't', apiUrl: discord.apiUrl });
    const entry = await queue(stores, channel, poster);
    expect(await deliverEntry(entry, deps(stores, poster))).toBe('delivered');
    const posts = discord.requests.filter((r) => r.path === '/channels/100/messages');
    expect(posts).toHaveLength(2);
    expect(posts[0]!.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
    const stored = stores.outbox.get(entry.id)!;
    expect(stored.platformIds).toEqual(discord.channelMessages.get('100')!.map((m) => m.id));
    stores.close();
  });

  it('retries a 5xx later and pauses on Missing Permissions (50013)', async () => {
    const channel: ChannelRef = { platform: 'discord', id: '200' };
    const stores = freshStores(channel);
    const poster = createDiscordPoster({ token: 't', apiUrl: discord.apiUrl });
    const entry = await queue(stores, channel, poster, 1);
    discord.onChannelPost = () => ({ status: 502, body: { message: 'Bad Gateway' } });
    expect(await deliverEntry(entry, deps(stores, poster))).toBe('retry');
    const retried = stores.outbox.get(entry.id)!;
    expect(retried.state).toBe('sending');
    expect(retried.nextAttemptAt).toBeGreaterThan(Date.now());
    discord.onChannelPost = () => ({
      status: 403,
      body: { message: 'Missing Permissions', code: 50013 },
    });
    expect(await deliverEntry(retried, deps(stores, poster))).toBe('paused');
    expect(stores.schedules.getSchedule(channel)?.pausedReason).toContain('50013');
    discord.onChannelPost = undefined;
    stores.close();
  });

  it('pauses, saying why, when a forum demands a tag (40067), rather than retrying', async () => {
    const channel: ChannelRef = { platform: 'discord', id: '250' };
    const stores = freshStores(channel);
    const poster = createDiscordPoster({ token: 't', apiUrl: discord.apiUrl });
    const entry = await queue(stores, channel, poster, 1);
    discord.onChannelPost = () => ({
      status: 400,
      body: { message: 'A tag is required to create a forum post in this channel', code: 40067 },
    });
    expect(await deliverEntry(entry, deps(stores, poster))).toBe('paused');
    expect(stores.schedules.getSchedule(channel)?.pausedReason).toContain('requires a tag');
    discord.onChannelPost = undefined;
    stores.close();
  });

  it('delivers to a Discord incoming webhook with ?wait=true', async () => {
    const channel: ChannelRef = { platform: 'webhook', id: 'hook1' };
    const stores = freshStores(channel);
    const url = `${discord.apiUrl}/v10/webhooks/123/secret-token`;
    const poster = createWebhookPoster(new Map([['hook1', { url, kind: 'discord' as const }]]));
    const entry = await queue(stores, channel, poster, 1);
    expect(await deliverEntry(entry, deps(stores, poster))).toBe('delivered');
    const post = discord.requests.find((r) => r.path === '/webhooks/123/secret-token')!;
    expect(post.query.get('wait')).toBe('true');
    expect(post.body).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(poster.find).toBeNull();
    stores.close();
  });
});
