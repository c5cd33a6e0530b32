import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { createEngine, inProcessAnalyzer } from '../../src/core/engine.js';
import { digestReply } from '../../src/services/build-feed-digest.js';
import { createItemText } from '../../src/services/item-text.js';
import { digestFeedSources, storyResult } from '../../src/services/source-digest.js';
import { type ChannelStack, startChannelStack } from '../helpers/channel-stack.js';
import { type LocalServer, startLocalServer } from '../helpers/local-server.js';
import { repoRoot } from '../helpers/run-lede.js';

const engine = inProcessAnalyzer(
  createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 }),
);
const feed = readFileSync(join(repoRoot, 'tests/fixtures/poller/city-news.rss'), 'utf8');
const channel = { platform: 'console' as const, id: 'console' };

let server: LocalServer;
let stack: ChannelStack;

beforeAll(async () => {
  server = await startLocalServer();
  server.route('/city.rss', (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed),
  );
  stack = startChannelStack(engine);
});

afterAll(async () => {
  await stack.close();
  await server.close();
});

describe('a digest of named feeds (lede digest)', () => {
  it('tells the same stories as /news digest of a channel following the same feed', async () => {
    const url = `${server.origin}/city.rss`;
    await stack.channels.addFeed(channel, url, 'tester');
    const fromChannel = await stack.channels.digest(channel, { sinceMs: null, max: 10 });
    const deps = {
      engine,
      fetcher: stack.fetcher,
      itemText: createItemText(stack.fetcher),
      readLocal: async () => Promise.reject(new Error('no local files here')),
    };
    const named = await digestFeedSources([url], deps, { max: 10, since: null });
    expect(named.errors).toEqual([]);
    expect(fromChannel.items?.length).toBeGreaterThan(1);
    expect(digestReply(named.candidates, 'Digest')).toEqual(fromChannel);
  });

  it('keeps the items of the window and reports, in one line, a source it cannot read', async () => {
    const fetcher = stack.fetcher;
    const deps = { engine, fetcher, itemText: createItemText(fetcher), readLocal: stack.loadFile };
    const all = await digestFeedSources([`${server.origin}/city.rss`], deps, {
      max: 10,
      since: null,
    });
    const newest = Math.max(...all.candidates.map((c) => c.publishedAt ?? 0));
    const recent = await digestFeedSources(
      [`${server.origin}/city.rss`, `${server.origin}/missing.rss`],
      deps,
      { max: 10, since: newest },
    );
    expect(recent.candidates.map((c) => c.publishedAt)).toEqual([newest]);
    expect(recent.errors).toHaveLength(1);
    expect(recent.errors[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/missing\.rss: /);
    expect(recent.stories.map(storyResult)[0]).toMatchObject({
      publishedAt: new Date(newest).toISOString(),
      outlet: 'Riverton Gazette',
    });
  });
});
