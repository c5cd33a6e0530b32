import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordPoster } from '../src/adapters/discord/post-channel.js';
import { createSlackPoster } from '../src/adapters/slack/post-channel.js';
import type { ChannelRef } from '../src/services/ports.js';
import { delivered, seededDataDir, startLede } from './helpers/exactly-once.js';
import { type FakeDiscord, startFakeDiscord } from './helpers/fake-discord/fake-discord.js';
import { type FakeSlackApi, startFakeSlackApi } from './helpers/fake-slack/web-api.js';
import { outputLine } from './helpers/spawn-lede.js';
import { expectDiscordPartsOnce, expectSlackPartsOnce } from './helpers/thread-checks.js';
import {
  crashAt,
  deliverOnce,
  digestOf,
  freshDataDir,
  queueDigest,
  readEntry,
} from './helpers/thread-digest.js';

// The crash cases of threaded digests; exactly-once.test.ts has the SIGKILL cases of plain ones.
let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord();
  // Without Discord's own nonce check, only Lede's look-up stands between a crash and a repeat.
  discord.enforceNonce = false;
});
afterAll(async () => {
  await discord.close();
});

/**
 * Threads add moments a crash can fall between: header, thread, each story. These run in this
 * process against the real discord.js / Web API clients and a real SQLite file: the fail point
 * throws where a kill would land, nothing after it runs, and the "restart" reopens the file
 * with a new poster. A SIGKILL adds nothing at these points (every write before it is already
 * committed), so one process case below covers the wiring.
 */
interface ThreadCase {
  platform: 'discord' | 'discord-forum' | 'slack';
  point: string;
  /** Reads of history the restart makes (0 when nothing unconfirmed could be on the platform). */
  lookups: number;
}

const threadCases: ThreadCase[] = [
  // Header posted, not recorded: found in the channel; the thread was never started.
  { platform: 'discord', point: 'after-post:1', lookups: 1 },
  // Header recorded, thread not started: nothing to look up.
  { platform: 'discord', point: 'before-thread:1', lookups: 0 },
  // Thread started, not recorded: asking again answers with the same thread (160004).
  { platform: 'discord', point: 'after-thread:1', lookups: 0 },
  { platform: 'discord', point: 'before-post:3', lookups: 1 },
  { platform: 'discord', point: 'after-post:3', lookups: 1 },
  // Forum post made, not recorded: the forum, its guild's active threads, the post's messages.
  { platform: 'discord-forum', point: 'after-post:1', lookups: 3 },
  { platform: 'discord-forum', point: 'after-post:2', lookups: 1 },
  { platform: 'slack', point: 'after-post:1', lookups: 1 },
  // A story's notes reply posted, not recorded: that story's replies and the channel are read.
  { platform: 'slack', point: 'after-post:4', lookups: 2 },
  { platform: 'slack', point: 'after-record:7', lookups: 0 },
];

describe('threaded digests survive a crash at each point between header, thread and stories', () => {
  let slack: FakeSlackApi;
  beforeAll(async () => {
    slack = await startFakeSlackApi();
  });
  afterAll(() => slack.close());

  const lookups = (platform: ThreadCase['platform']) =>
    platform === 'slack'
      ? slack.calls.filter((c) => c.method.startsWith('conversations.')).length
      : discord.requests.filter((r) => r.method === 'GET' && !r.path.startsWith('/users/')).length;

  it.each(threadCases.map((c, i) => ({ ...c, i })))(
    '$platform $point: the restart posts each part once, in its place',
    async ({ platform, point, lookups: expected, i }) => {
      const onSlack = platform === 'slack';
      const channel: ChannelRef = onSlack
        ? { platform: 'slack', id: `CCRASH${i}` }
        : { platform: 'discord', id: `88880000000000${String(i).padStart(4, '0')}` };
      if (platform === 'discord-forum')
        discord.channels.set(channel.id, { id: channel.id, type: 15, guild_id: '9' });
      const poster = () =>
        onSlack
          ? createSlackPoster({ token: 'xoxb-x', apiUrl: slack.apiUrl })
          : createDiscordPoster({ token: 't', apiUrl: discord.apiUrl });
      const dataDir = freshDataDir();
      const reply = digestOf(onSlack ? 4 : 12);
      const queued = await queueDigest(dataDir, channel, poster(), { reply, layout: {} });

      expect(await deliverOnce(dataDir, queued.id, poster(), crashAt(point))).toBe('crashed');
      const before = lookups(platform);
      expect(await deliverOnce(dataDir, queued.id, poster())).toBe('delivered');
      expect(lookups(platform) - before).toBe(expected);
      const entry = readEntry(dataDir, queued.id);
      if (onSlack) expectSlackPartsOnce(slack, entry);
      else expectDiscordPartsOnce(discord, entry);
    },
  );
});

describe('a threaded digest from the bot process survives SIGKILL once its thread is started', () => {
  it('after-thread: the restart asks for the thread again, gets the same one, posts each story once', async () => {
    const channel: ChannelRef = { platform: 'discord', id: '777700000000000300' };
    const dataDir = seededDataDir([channel], { thread: true });
    const lede = startLede(discord, dataDir, 'after-thread');
    const exit = await Promise.race([
      lede.exited,
      outputLine(lede, delivered).then(() => 'delivered'),
    ]);
    expect(exit).toBe('SIGKILL');
    const restart = startLede(discord, dataDir);
    await Promise.race([outputLine(restart, delivered), restart.exited]);
    restart.child.kill('SIGKILL');
    await restart.exited;

    const entry = readEntry(dataDir, 1);
    expect(entry.state).toBe('delivered');
    expect(entry.placements[1]).toMatchObject({ kind: 'open-thread', from: 0 });
    const starts = discord.requests.filter((r) =>
      r.path.startsWith(`/channels/${channel.id}/messages/`),
    );
    expect(starts).toHaveLength(2);
    expectDiscordPartsOnce(discord, entry);
  }, 120_000);
});
