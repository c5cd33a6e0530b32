import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../commands/index.js';
import { type DiscordSession, startDiscord } from '../../../src/adapters/discord/index.js';
import { type ChannelStack, startChannelStack } from '../../helpers/channel-stack.js';
import { type FakeDiscord, startFakeDiscord } from '../../helpers/fake-discord/fake-discord.js';
import {
  channelId,
  permissions,
  type SlashOptions,
  slashCommand,
} from '../../helpers/fake-discord/payloads.js';
import { recordingLog, stubEngine, testDeps } from './test-deps.js';

type Choices = { type: number; data: { choices: { name: string; value: string }[] } };

let fake: FakeDiscord;
let stack: ChannelStack;
let session: DiscordSession;
let nextId = 810_000_000_000_000_000n;
const channel = { platform: 'discord' as const, id: channelId };
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

beforeAll(async () => {
  fake = await startFakeDiscord();
  stack = startChannelStack(stubEngine);
  for (const url of ['https://gazette.example/feed.xml', 'https://herald.example/feed.xml']) {
    const feed = stack.stores.feeds.addFeed(url, null, 0);
    stack.stores.feeds.subscribe(channel, feed.id, 'u1', 0);
  }
  // As `lede start` connects it: no suggestion callback of its own, only the command deps.
  session = await startDiscord({
    config: { discordToken: 'test-token', discordApiUrl: fake.apiUrl },
    deps: { ...testDeps(), registry, channels: stack.channels },
    logger: recordingLog(),
  });
});

afterAll(async () => {
  await session?.stop();
  await Promise.all([fake?.close(), stack?.close()]);
});

/** Sends an autocomplete interaction (type 4) with `focus` as the option being typed. */
async function typing(o: Omit<SlashOptions, 'id'>, focus: string): Promise<Choices> {
  const id = String(nextId++);
  const payload = slashCommand({ id, memberPermissions: permissions.manageChannels, ...o });
  type Leaf = { name: string; focused?: boolean; options?: Leaf[] };
  const leaves = (nodes: Leaf[]): Leaf[] =>
    nodes.flatMap((n) => (n.options ? leaves(n.options) : [n]));
  for (const leaf of leaves(payload.data.options as Leaf[])) leaf.focused = leaf.name === focus;
  fake.dispatch('INTERACTION_CREATE', { ...payload, type: 4 });
  const answer = await fake.waitFor((r) => r.path === `/interactions/${id}/token-${id}/callback`);
  return answer.body as Choices;
}

describe('Discord autocomplete, from the source each option declares', () => {
  it('offers the channel’s feeds for the feed option of feeds remove', async () => {
    const answer = await typing(
      { group: 'feeds', name: 'remove', options: { feed: 'gaz' } },
      'feed',
    );
    expect(answer.type).toBe(8);
    expect(answer.data.choices.map((c) => c.name)).toEqual(['https://gazette.example/feed.xml']);
  });

  it('shortens a feed title over Discord’s 100 characters between graphemes', async () => {
    // The flag straddles the 100th character, where a plain cut would leave half of it.
    const title = `${'Harbour-news-'.repeat(7)}12🇺🇦🇵🇸${'-and-more'.repeat(10)}`;
    const feed = stack.stores.feeds.addFeed('https://harbour.example/feed', title, Date.now());
    stack.stores.feeds.subscribe(channel, feed.id, 'tester', Date.now());
    const answer = await typing(
      { group: 'feeds', name: 'filter', options: { feed: 'harbour' } },
      'feed',
    );
    const [choice] = answer.data.choices;
    expect(choice!.value).toBe(String(feed.id));
    expect(choice!.name.length).toBeLessThanOrEqual(100);
    expect(choice!.name.endsWith('…')).toBe(true);
    const shown = choice!.name.slice(0, -1);
    expect(title.startsWith(shown)).toBe(true);
    const cuts = new Set([...graphemes.segment(title)].map((s) => s.index));
    expect(cuts.has(shown.length), `cut at ${shown.length}`).toBe(true);
  });

  it('offers nothing for an option that declares no source', async () => {
    const answer = await typing({ name: 'digest', options: { since: '24' } }, 'since');
    expect(answer).toEqual({ type: 8, data: { choices: [] } });
  });
});
