import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordPoster } from '../../src/adapters/discord/post-channel.js';
import { createSlackPoster } from '../../src/adapters/slack/post-channel.js';
import type { Reply } from '../../src/core/reply.js';
import type { ChannelRef } from '../../src/services/ports.js';
import { type FakeDiscord, startFakeDiscord } from '../helpers/fake-discord/fake-discord.js';
import { type FakeSlackApi, startFakeSlackApi } from '../helpers/fake-slack/web-api.js';
import { deliverOnce, freshDataDir, queueDigest, story } from '../helpers/thread-digest.js';

const role = '555555555555555555';
const otherRole = '999999999999999999';

/** A digest whose feed text tries every way to ping people on both platforms. */
const hostile: Reply = {
  title: 'Digest @everyone',
  items: [
    {
      ...story(0, `@everyone look <@&${otherRole}> and <@123456789012345678>`),
      title: '@here now',
    },
    {
      ...story(1, '<!channel> and <!here> and <!subteam^SOTHER> and <!everyone>'),
      outlet: '@here',
    },
  ],
};

describe('a schedule mention pings exactly its role, once, in the header', () => {
  let discord: FakeDiscord;
  let slack: FakeSlackApi;
  beforeAll(async () => {
    [discord, slack] = await Promise.all([startFakeDiscord(), startFakeSlackApi()]);
  });
  afterAll(() => Promise.all([discord.close(), slack.close()]));

  it.each([false, true])(
    'Discord (thread: %s): allowed_mentions names the role only, on the header only',
    async (thread) => {
      const channel: ChannelRef = {
        platform: 'discord',
        id: thread ? '610000000000000002' : '610000000000000001',
      };
      const poster = () => createDiscordPoster({ token: 't', apiUrl: discord.apiUrl });
      const dataDir = freshDataDir();
      const entry = await queueDigest(dataDir, channel, poster(), {
        reply: hostile,
        layout: { thread, mention: role },
      });
      expect(await deliverOnce(dataDir, entry.id, poster())).toBe('delivered');

      const posts = discord.requests
        .filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path))
        .filter(
          (r) =>
            r.path === `/channels/${channel.id}/messages` ||
            discord.channels.get(r.path.split('/')[2]!)?.parent_id === channel.id,
        );
      const [header, ...rest] = posts.map(
        (p) => p.body as { content?: string; allowed_mentions: unknown },
      );
      expect(header!.allowed_mentions).toEqual({ parse: [], roles: [role] });
      expect(header!.content?.split('\n')[0]).toBe(`<@&${role}>`);
      expect(posts).toHaveLength(entry.messages.filter((m) => m !== null).length);
      for (const body of rest) expect(body.allowed_mentions).toEqual({ parse: [] });

      const sent = JSON.stringify(posts.map((p) => p.body));
      expect(sent.match(/<@&/g)).toHaveLength(1);
      expect(sent).not.toMatch(/@everyone|@here|<@\d|<!channel>/);
      expect(sent).toContain('@\u200beveryone');
    },
  );

  it('Slack: <!subteam^ID> leads the header only; article text cannot say <!channel>', async () => {
    const channel: ChannelRef = { platform: 'slack', id: 'CMENTION' };
    const poster = () => createSlackPoster({ token: 'xoxb-x', apiUrl: slack.apiUrl });
    const dataDir = freshDataDir();
    const entry = await queueDigest(dataDir, channel, poster(), {
      reply: hostile,
      layout: { thread: true, mention: 'S0NEWSDESK' },
    });
    expect(await deliverOnce(dataDir, entry.id, poster())).toBe('delivered');

    const posts = slack
      .callsTo('chat.postMessage')
      .map((c) => JSON.stringify([c.params.text, c.params.blocks]));
    expect(posts[0]).toContain('<!subteam^S0NEWSDESK>');
    const everything = posts.join('\n');
    // The one `<!` anywhere is the header's ping, twice: its block and its notification text.
    expect(everything.match(/<!/g)).toHaveLength(2);
    expect(everything.match(/<!subteam\^S0NEWSDESK>/g)).toHaveLength(2);
    expect(everything).toContain('&lt;!channel&gt;');
  });
});
