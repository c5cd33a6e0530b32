import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../commands/index.js';
import { type DiscordSession, startDiscord } from '../../../src/adapters/discord/index.js';
import { type ChannelStack, startChannelStack } from '../../helpers/channel-stack.js';
import { type FakeDiscord, startFakeDiscord } from '../../helpers/fake-discord/fake-discord.js';
import { channelId, permissions, slashCommand } from '../../helpers/fake-discord/payloads.js';
import { recordingLog, stubEngine, testDeps } from './test-deps.js';

let fake: FakeDiscord;
let stack: ChannelStack;
let session: DiscordSession;
const channel = { platform: 'discord' as const, id: channelId };
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

beforeAll(async () => {
  fake = await startFakeDiscord();
  stack = startChannelStack(stubEngine);
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

/** Someone typing `typed` into `/news feeds filter feed:`; resolves with the choices offered. */
async function choicesFor(id: string, typed: string): Promise<{ name: string; value: string }[]> {
  const payload = slashCommand({
    id,
    group: 'feeds',
    name: 'filter',
    memberPermissions: permissions.manageChannels,
  });
  const feed = { type: 3, name: 'feed', value: typed, focused: true };
  const options = [
    { type: 2, name: 'feeds', options: [{ type: 1, name: 'filter', options: [feed] }] },
  ];
  fake.dispatch('INTERACTION_CREATE', { ...payload, type: 4, data: { ...payload.data, options } });
  const callback = await fake.waitFor(
    (r) => r.method === 'POST' && r.path === `/interactions/${id}/token-${id}/callback`,
  );
  const body = callback.body as {
    type: number;
    data: { choices: { name: string; value: string }[] };
  };
  expect(body.type).toBe(8);
  return body.data.choices;
}

describe('feed suggestions on Discord (real discord.js against a fake Discord)', () => {
  it('offers a feed whose title is over Discord’s 100 characters shortened between graphemes', async () => {
    // The flag straddles the 100th character, where a plain cut would leave half of it.
    const title = `${'Harbour-news-'.repeat(7)}12🇺🇦🇵🇸${'-and-more'.repeat(10)}`;
    const feed = stack.stores.feeds.addFeed('https://harbour.example/feed', title, Date.now());
    stack.stores.feeds.subscribe(channel, feed.id, 'tester', Date.now());
    const [choice] = await choicesFor('700000000000000001', 'harbour');
    expect(choice!.value).toBe(String(feed.id));
    expect(choice!.name.length).toBeLessThanOrEqual(100);
    expect(choice!.name.endsWith('…')).toBe(true);
    const shown = choice!.name.slice(0, -1);
    expect(title.startsWith(shown)).toBe(true);
    const cuts = new Set([...graphemes.segment(title)].map((s) => s.index));
    expect(cuts.has(shown.length), `cut at ${shown.length}`).toBe(true);
  });
});
