import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { type Analyzer, createEngine, inProcessAnalyzer } from '../../src/core/engine.js';
import {
  buildFeedDigest,
  collectDigestCandidates,
  type DigestItemInput,
  digestReply,
} from '../../src/services/build-feed-digest.js';
import type { ItemText, ItemTextSource } from '../../src/services/item-text.js';

const engine = inProcessAnalyzer(
  createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 }),
);
const news =
  'The city council voted on Monday to build cycle lanes on River Road. Work will start in September, the transport department said. The project will cost 4.2 million euros, according to the council. Two councillors voted against the plan.';
const opinion =
  'The stadium deal is a disastrous giveaway and everyone knows it. The so-called experts were hired by the club. The mayor slammed critics as enemies of progress. This shameful agreement must be torn up.';

function input(n: number, fields: Partial<DigestItemInput> = {}): DigestItemInput {
  return {
    title: `Story ${n}`,
    url: `https://gazette.example/${n}`,
    publishedAt: Date.UTC(2025, 0, n),
    outlet: 'Riverton Gazette',
    summary: null,
    contentHtml: null,
    ...fields,
  };
}

/** Reads text from a table by URL; items not in it have none. */
function tableText(table: Record<string, string>) {
  const asked: string[] = [];
  const itemText = async (item: ItemTextSource): Promise<ItemText> => {
    asked.push(item.url ?? '');
    const text = item.url ? table[item.url] : undefined;
    return text
      ? { text, from: 'content', url: item.url }
      : { text: null, reason: 'The page took too long.' };
  };
  return { itemText, asked };
}

function countingEngine(version = 'engine-1'): Analyzer & { calls: number } {
  const counter = {
    calls: 0,
    version,
    analyze(input: Parameters<Analyzer['analyze']>[0]) {
      counter.calls++;
      return engine.analyze(input);
    },
  };
  return counter;
}

describe('buildFeedDigest', () => {
  it('digests the newest items with their outlet, neutral lines and note counts', async () => {
    const { itemText } = tableText({
      'https://gazette.example/1': news,
      'https://gazette.example/2': opinion,
      'https://gazette.example/3': news,
    });
    const reply = await buildFeedDigest(
      [input(1), input(2), input(3, { outlet: null })],
      { engine, itemText },
      { max: 2, title: 'Today' },
    );
    expect(reply.title).toBe('Today');
    expect(reply.items?.map((i) => [i.title, i.outlet])).toEqual([
      ['Story 3', 'gazette.example'],
      ['Story 2', 'Riverton Gazette'],
    ]);
    expect(reply.items?.[0]?.digest.join(' ')).toContain('cycle lanes');
    expect(reply.items?.[1]?.noteCounts['loaded-language']).toBeGreaterThan(0);
  });

  it('lists an item it cannot read without a digest, and says so in the footer', async () => {
    const { itemText } = tableText({ 'https://gazette.example/1': news });
    const reply = await buildFeedDigest([input(1), input(2)], { engine, itemText }, { max: 5 });
    expect(reply.items?.map((i) => i.digest.length > 0)).toEqual([false, true]);
    expect(reply.footer).toMatch(/1 of 2 items could not be read/);
  });

  it('caches analyses on stored items and reuses a cached analysis', async () => {
    const { itemText, asked } = tableText({ 'https://gazette.example/1': news });
    const saved: [number, string, string][] = [];
    const store = {
      saveItemAnalysis: (id: number, text: string, json: string) =>
        void saved.push([id, text, json]),
    };
    const counting = countingEngine();
    const deps = { engine: counting, itemText, store };
    const [first] = await collectDigestCandidates([input(1, { id: 41 })], deps, { max: 1 });
    expect(saved).toHaveLength(1);
    expect(saved[0]![0]).toBe(41);
    const cached = input(1, { id: 41, text: saved[0]![1], analysisJson: saved[0]![2] });
    const [again] = await collectDigestCandidates([cached], deps, { max: 1 });
    expect(counting.calls).toBe(1);
    expect(asked).toHaveLength(1);
    expect(digestReply([again!])).toEqual(digestReply([first!]));
  });

  it('analyses a stored item again when another engine made its cached analysis', async () => {
    const { itemText } = tableText({ 'https://gazette.example/1': news });
    const saved: [number, string, string][] = [];
    const store = {
      saveItemAnalysis: (id: number, text: string, json: string) =>
        void saved.push([id, text, json]),
    };
    await collectDigestCandidates(
      [input(1, { id: 41 })],
      { engine: countingEngine(), itemText, store },
      { max: 1 },
    );
    const upgraded = countingEngine('engine-2');
    const stale = input(1, { id: 41, text: saved[0]![1], analysisJson: saved[0]![2] });
    await collectDigestCandidates([stale], { engine: upgraded, itemText, store }, { max: 1 });
    expect(upgraded.calls).toBe(1);
    // A row from before versioning (the bare analysis) is stale too.
    const bare = JSON.stringify(JSON.parse(saved[0]![2]).analysis);
    const old = input(1, { id: 41, text: saved[0]![1], analysisJson: bare });
    await collectDigestCandidates([old], { engine: upgraded, itemText, store }, { max: 1 });
    expect(upgraded.calls).toBe(2);
    expect(JSON.parse(saved.at(-1)![2]).version).toBe('engine-2');
  });

  it('keeps one entry per link and says when there is nothing', async () => {
    const { itemText } = tableText({ 'https://gazette.example/1': news });
    const candidates = await collectDigestCandidates(
      [input(1), input(1, { outlet: 'Mirror feed' })],
      { engine, itemText },
      { max: 5 },
    );
    expect(candidates).toHaveLength(1);
    expect(await buildFeedDigest([], { engine, itemText }, { max: 5 })).toEqual({
      body: ['No new items.'],
    });
  });

  it('reads items a few at a time', async () => {
    let inFlight = 0;
    let peak = 0;
    const itemText = async (): Promise<ItemText> => {
      peak = Math.max(peak, ++inFlight);
      // Yield once, so the others can start if the limit allows.
      await new Promise((r) => setImmediate(r));
      inFlight--;
      return { text: null, reason: 'none' };
    };
    const items = Array.from({ length: 12 }, (_, i) => input(i + 1));
    await collectDigestCandidates(items, { engine, itemText, concurrency: 3 }, { max: 12 });
    expect(peak).toBe(3);
  });
});
