import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordPoster } from '../../src/adapters/discord/post-channel.js';
import { createSlackPoster } from '../../src/adapters/slack/post-channel.js';
import type { ChannelRef } from '../../src/services/ports.js';
import { type FakeDiscord, startFakeDiscord } from '../helpers/fake-discord/fake-discord.js';
import { type FakeSlackApi, startFakeSlackApi } from '../helpers/fake-slack/web-api.js';
import {
  deliverOnce,
  digestOf,
  freshDataDir,
  queueDigest,
  readEntry,
} from '../helpers/thread-digest.js';

const role = '555555555555555555';

describe('threaded digests on Discord (real discord.js REST, fake Discord)', () => {
  let discord: FakeDiscord;
  beforeAll(async () => {
    discord = await startFakeDiscord();
  });
  afterAll(() => discord.close());
  const poster = () => createDiscordPoster({ token: 't', apiUrl: discord.apiUrl });
  const to = (path: string) => discord.requests.filter((r) => r.path === path);

  it('posts a header, starts a thread from it and puts the stories inside', async () => {
    const channel: ChannelRef = { platform: 'discord', id: '600000000000000001' };
    const dataDir = freshDataDir();
    const entry = await queueDigest(dataDir, channel, poster(), {
      reply: digestOf(12),
      layout: { mention: role },
    });
    expect(await deliverOnce(dataDir, entry.id, poster())).toBe('delivered');

    const [header, ...others] = to(`/channels/${channel.id}/messages`).filter(
      (r) => r.method === 'POST',
    );
    expect(others).toHaveLength(0);
    expect(header!.body).toMatchObject({
      content: `<@&${role}>`,
      allowed_mentions: { parse: [], roles: [role] },
    });
    const headerId = discord.channelMessages.get(channel.id)![0]!.id;
    const [start] = to(`/channels/${channel.id}/messages/${headerId}/threads`);
    expect(start?.body).toMatchObject({ name: 'Digest · Tue 1 Dec, 08:00' });
    expect(discord.channels.get(headerId)).toMatchObject({ type: 11, parent_id: channel.id });

    const inThread = to(`/channels/${headerId}/messages`).filter((r) => r.method === 'POST');
    expect(inThread.length).toBeGreaterThan(1);
    for (const post of inThread)
      expect(post.body).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(JSON.stringify(inThread.map((p) => p.body))).not.toContain('roles');
    const titles = discord.channelMessages
      .get(headerId)!
      .flatMap((m) => m.embeds.map((e) => (e as { title?: string }).title));
    expect(titles.filter(Boolean)).toEqual(Array.from({ length: 12 }, (_, i) => `Story ${i}`));
  });

  it('makes each digest one forum post in a forum channel', async () => {
    const forum = '600000000000000002';
    discord.channels.set(forum, { id: forum, type: 15, guild_id: '222222222222222222' });
    const dataDir = freshDataDir();
    const entry = await queueDigest(dataDir, { platform: 'discord', id: forum }, poster(), {
      reply: digestOf(12),
      layout: {},
    });
    expect(await deliverOnce(dataDir, entry.id, poster())).toBe('delivered');

    const [post, ...more] = to(`/channels/${forum}/threads`);
    expect(more).toHaveLength(0);
    expect(post?.body).toMatchObject({
      name: 'Digest · Tue 1 Dec, 08:00',
      message: { allowed_mentions: { parse: [] } },
    });
    expect(to(`/channels/${forum}/messages`)).toHaveLength(0);
    const thread = [...discord.channels.values()].find((c) => c.parent_id === forum)!;
    expect(readEntry(dataDir, entry.id).platformIds[0]).toBe(thread.id);
    const inPost = discord.channelMessages.get(thread.id)!;
    expect(inPost.length).toBe(entry.messages.length);
    expect(inPost[0]!.id).toBe(thread.id);
  });

  it('posts the digest itself inside a thread (a schedule set in a forum post), starting none', async () => {
    const inThread = '600000000000000003';
    discord.channels.set(inThread, { id: inThread, type: 11, guild_id: '9', parent_id: '77' });
    const dataDir = freshDataDir();
    const entry = await queueDigest(dataDir, { platform: 'discord', id: inThread }, poster(), {
      reply: digestOf(3),
      layout: {},
    });
    expect(entry.placements).toEqual(entry.messages.map(() => ({ kind: 'post' })));
    expect(await deliverOnce(dataDir, entry.id, poster())).toBe('delivered');
    const starts = discord.requests.filter(
      (r) => r.path.startsWith(`/channels/${inThread}/`) && r.path.endsWith('/threads'),
    );
    expect(starts).toHaveLength(0);
    expect(discord.channelMessages.get(inThread)).toHaveLength(entry.messages.length);
  });
});

describe('threaded digests on Slack (real Web API client, fake Slack)', () => {
  let slack: FakeSlackApi;
  beforeAll(async () => {
    slack = await startFakeSlackApi();
    slack.userGroups.push({ id: 'S0NEWSDESK', handle: 'news-desk' });
  });
  afterAll(() => slack.close());
  const poster = () => createSlackPoster({ token: 'xoxb-x', apiUrl: slack.apiUrl });

  it("posts a header and each story, with the story's notes as a thread reply under it", async () => {
    const channel: ChannelRef = { platform: 'slack', id: 'CTHREAD' };
    const dataDir = freshDataDir();
    const entry = await queueDigest(dataDir, channel, poster(), {
      reply: digestOf(4),
      layout: { mention: '@news-desk' },
    });
    expect(await deliverOnce(dataDir, entry.id, poster())).toBe('delivered');

    const posted = slack.channelMessages.get('CTHREAD')!;
    const top = posted.filter((m) => !m.thread_ts || m.thread_ts === m.ts);
    const replies = posted.filter((m) => m.thread_ts && m.thread_ts !== m.ts);
    expect(top).toHaveLength(5);
    expect(JSON.stringify(top[0]!.blocks)).toContain('<!subteam^S0NEWSDESK>');
    expect(top[0]!.text).toContain('<!subteam^S0NEWSDESK>');
    expect(JSON.stringify(posted.slice(1))).not.toContain('subteam');
    // Stories 1 and 3 have notes: each gets one reply, under its own story.
    expect(replies.map((r) => r.thread_ts)).toEqual([top[2]!.ts, top[4]!.ts]);
    expect(JSON.stringify(replies[0]!.blocks)).toContain('Loaded language 2');
    expect(JSON.stringify(top[2]!.blocks)).not.toContain('Loaded language');
  });
});
