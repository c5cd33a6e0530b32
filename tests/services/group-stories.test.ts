import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { createEngine } from '../../src/core/engine.js';
import { digestReply } from '../../src/services/build-feed-digest.js';
import type { DigestCandidate } from '../../src/services/digest-candidate.js';
import { groupIntoStories } from '../../src/services/group-stories.js';
import { bridgeClosure, councilBudget, type StoryFixture } from '../fixtures/stories/articles.js';

const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
const start = Date.UTC(2026, 10, 29, 8);

function candidate(f: StoryFixture): DigestCandidate {
  return {
    id: f.id,
    title: f.title,
    text: f.text,
    url: `https://${f.outlet.toLowerCase().replace(/\s+/g, '-')}.example/${f.id}`,
    outlet: f.outlet,
    publishedAt: start + f.hours * 3_600_000,
    analysis: engine.analyze({ text: f.text, title: f.title, source: f.outlet }),
  };
}

describe('stories in a feed digest', () => {
  it('merges outlets’ copies of one event under the most neutral copy, and lists the others', () => {
    const candidates = [...bridgeClosure, ...councilBudget].map(candidate);
    const stories = groupIntoStories(candidates);
    const bridge = stories.find((s) => s.lead.id.endsWith('bridge'))!;
    expect(bridge.others.length + 1).toBe(bridgeClosure.length);
    expect(bridge.lead.outlet).toBe('Daily Ledger');
    const budget = stories.filter((s) => councilBudget.some((f) => f.id === s.lead.id));
    expect(budget).toHaveLength(1);
  });

  it('keeps an unreadable item as its own entry, in time order', () => {
    const unread: DigestCandidate = {
      id: 'x',
      title: 'Paywalled story',
      text: null,
      url: 'https://paper.example/x',
      outlet: 'Paper',
      publishedAt: start + 100 * 3_600_000,
      analysis: null,
      problem: 'HTTP 403',
    };
    const reply = digestReply([candidate(bridgeClosure[0]!), unread]);
    expect(reply.items?.map((i) => i.title)).toEqual(['Paywalled story', bridgeClosure[0]!.title]);
  });

  it('shows the other outlets as coverage in the reply', () => {
    const reply = digestReply(bridgeClosure.map(candidate));
    expect(reply.items).toHaveLength(1);
    expect(reply.items![0]!.coverage?.map((c) => c.outlet).sort()).toEqual(
      bridgeClosure
        .map((f) => f.outlet)
        .filter((o) => o !== 'Daily Ledger')
        .sort(),
    );
  });
});
