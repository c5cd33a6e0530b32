import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStores, type Stores } from '../../src/adapters/sqlite/open-stores.js';
import type { Analyzer } from '../../src/core/engine.js';
import type { Reply } from '../../src/core/reply.js';
import type { ArticleAnalysis } from '../../src/core/types.js';
import type { Poster } from '../../src/services/delivery/poster.js';
import type { ChannelRef, NewItem } from '../../src/services/ports.js';
import { runScheduledDigest } from '../../src/services/scheduler/run-scheduled-digest.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const channel: ChannelRef = { platform: 'slack', id: 'C1' };
const now = Date.UTC(2026, 11, 1, 8);

const engine: Analyzer = {
  analyze: async (input) =>
    ({
      title: input.title,
      source: input.source,
      genre: { label: 'news', score: 0.9, evidence: [] },
      digest: [{ text: `About ${input.title}.`, spans: [] }],
      notes: [],
      sources: [],
      stats: { words: 20, sentences: 1 },
    }) as unknown as ArticleAnalysis,
};

function item(identity: string, title: string, hoursAgo: number): NewItem {
  return {
    identity,
    url: `https://news.example/${identity}`,
    title,
    author: null,
    publishedAt: now - hoursAgo * 3_600_000,
    summary: 'The council met on Tuesday to vote on the plan.',
    contentHtml: null,
    announce: true,
  };
}

/** A poster that keeps the replies it was asked to render, as the outbox would queue them. */
function recordingPoster(): Poster & { replies: Reply[] } {
  const replies: Reply[] = [];
  return {
    replies,
    plan: async (reply) => {
      replies.push(reply);
      return { messages: [reply], placements: [{ kind: 'post' }] };
    },
    post: async () => ({ ok: true, id: 'm1' }),
    find: null,
  };
}

describe('scheduled digest with feed filters', () => {
  let stores: Stores;
  afterEach(() => stores.close());

  function setUp(filter: { includeTerms: string | null; excludeTerms: string | null }) {
    stores = openStores(mkdtempSync(join(tmpdir(), 'lede-sched-filter-')));
    const feed = stores.feeds.addFeed('https://news.example/rss', 'Example News', now - 1);
    stores.feeds.subscribe(channel, feed.id, 'U1', now - 1);
    stores.feeds.setFeedFilter(channel, feed.id, filter);
    stores.feeds.saveItems(
      feed.id,
      [
        item('a', 'Harbor bridge reopens', 1),
        item('b', 'Football final', 2),
        item('c', 'Bridge toll vote', 3),
      ],
      now - 60_000,
    );
    stores.schedules.setSchedule(
      { channel, cron: '0 8 * * *', timezone: 'UTC', label: 'daily 08:00', maxItems: 10 },
      'U1',
      now - 1,
    );
    const poster = recordingPoster();
    const deps = {
      store: stores.feeds,
      outbox: stores.outbox,
      runs: stores.runs,
      posters: { slack: poster },
      engine,
      itemText: async () => ({
        text: 'The council met on Tuesday.',
        from: 'summary' as const,
        url: null,
      }),
      clock: { now: () => now },
      log: quiet,
    };
    return {
      poster,
      run: () => runScheduledDigest(stores.schedules.getSchedule(channel)!, now, deps),
    };
  }

  it('posts only the items that pass and says how many the filters held back', async () => {
    const { poster, run } = setUp({ includeTerms: 'bridge', excludeTerms: 'toll' });
    expect(await run()).toBe('queued');
    const [reply] = poster.replies;
    expect(reply?.items?.map((i) => i.title)).toEqual(['Harbor bridge reopens']);
    expect(reply?.footer).toBe('The feed filters held back 2 items.');
    expect(stores.outbox.list()).toHaveLength(1);
  });

  it('queues nothing when the filters hold back every item', async () => {
    const { poster, run } = setUp({ includeTerms: 'election', excludeTerms: null });
    expect(await run()).toBe('nothing-new');
    expect(poster.replies).toEqual([]);
    expect(stores.outbox.list()).toEqual([]);
  });
});
