import { describe, expect, it } from 'vitest';
import { clusterStories, type Story } from '../../../src/core/stories/index.js';
import {
  allFixtures,
  bridgeClosure,
  bridgeWeekLater,
  councilBudget,
  wildfires,
} from '../../fixtures/stories/articles.js';
import { candidate, DAY, fakeAnalysis, shuffled } from './helpers.js';

const WINDOW = 2 * DAY;
const candidates = allFixtures.map((f) => candidate(f));
const eventOf = new Map(allFixtures.map((f) => [f.id, f.event]));

/** Each story as its sorted member ids; the list sorted, so it compares as a set of sets. */
function partition(stories: readonly Story[]): string[][] {
  return stories
    .map((s) => s.members.map((m) => m.id).sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

function storyOf(stories: readonly Story[], id: string): string[] {
  const story = stories.find((s) => s.members.some((m) => m.id === id));
  return story ? story.members.map((m) => m.id).sort() : [];
}

describe('clusterStories', () => {
  const stories = clusterStories(candidates, { windowMs: WINDOW });

  it('puts every candidate in exactly one story', () => {
    const ids = stories.flatMap((s) => s.members.map((m) => m.id)).sort();
    expect(ids).toEqual(candidates.map((c) => c.id).sort());
  });

  const sameEvent: [string, string[]][] = [
    ['one event from three outlets', bridgeClosure.map((f) => f.id)],
    ['one council vote from two outlets', councilBudget.map((f) => f.id)],
  ];
  it.each(sameEvent)('clusters %s into one story', (_, ids) => {
    expect(storyOf(stories, ids[0]!)).toEqual([...ids].sort());
  });

  const apart: [string, string, string][] = [
    ['two events in the same city and window', 'ledger-bridge', 'ledger-budget'],
    ['two wildfires in different places on the same day', wildfires[0]!.id, wildfires[1]!.id],
    ['the same bridge a week later, outside the window', 'ledger-bridge', bridgeWeekLater.id],
  ];
  it.each(apart)('keeps %s apart', (_, a, b) => {
    expect(storyOf(stories, a)).not.toContain(b);
  });

  it('finds exactly the invented events', () => {
    const expected = [...new Set(eventOf.values())].map((event) =>
      allFixtures
        .filter((f) => f.event === event)
        .map((f) => f.id)
        .sort(),
    );
    expect(partition(stories)).toEqual(expected.sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  });

  it('joins the week-later article only when the window spans the week', () => {
    const wide = clusterStories(candidates, { windowMs: 8 * DAY });
    expect(storyOf(wide, bridgeWeekLater.id)).toContain('ledger-bridge');
  });

  it('returns the same stories, leads and notes whatever the input order', () => {
    const summary = (list: Story[]) =>
      list.map((s) => ({ ids: s.members.map((m) => m.id), lead: s.lead.id, note: s.framingNote }));
    for (const seed of [1, 2, 3, 42, 2024]) {
      const again = clusterStories(shuffled(candidates, seed), { windowMs: WINDOW });
      expect(summary(again)).toEqual(summary(stories));
    }
  });

  it('lists the newest story first', () => {
    const newest = stories.map((s) => Math.max(...s.members.map((m) => m.publishedAt ?? 0)));
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
  });

  it('keeps undated articles together when their text matches', () => {
    const undated = bridgeClosure.map((f) => ({ ...candidate(f), publishedAt: null }));
    expect(clusterStories(undated, { windowMs: 0 })).toHaveLength(1);
  });

  it('leads the story with the neutral copy and notes the loaded one', () => {
    const slant: Record<string, number> = {
      'ledger-bridge': 0,
      'voice-bridge': 6,
      'herald-bridge': 1,
    };
    const analysed = bridgeClosure.map((f) =>
      candidate(f, fakeAnalysis({ words: 50, loaded: slant[f.id] ?? 0 })),
    );
    const [story] = clusterStories(analysed, { windowMs: WINDOW });
    expect(story?.lead.id).toBe('ledger-bridge');
    expect(story?.framingNote).toBe(
      "Metro Voice's copy carries 6 loaded terms; Daily Ledger's carries none.",
    );
  });

  it('returns nothing for no candidates and a single story for one', () => {
    expect(clusterStories([], { windowMs: WINDOW })).toEqual([]);
    const [only] = clusterStories([candidates[0]!], { windowMs: WINDOW });
    expect(only?.members).toHaveLength(1);
    expect(only?.framingNote).toBeNull();
  });

  it('clusters with a stricter threshold into at least as many stories', () => {
    const strict = clusterStories(candidates, { windowMs: WINDOW, threshold: 0.9 });
    expect(strict.length).toBeGreaterThanOrEqual(stories.length);
  });
});
