import { beforeAll, expect, it } from 'vitest';
import { describeCorpus } from '../../helpers/corpora.js';
import { type FeedparserSummary, runFeedparserSuite } from './feedparser-suite.js';

// Floors at what Lede achieves today (see the eval section), so a regression fails the test.
describeCorpus('feedparser test corpus', () => {
  let summary: FeedparserSummary;
  beforeAll(() => {
    summary = runFeedparserSuite();
  });

  it('never crashes on any fixture, well-formed or not', () => {
    expect(summary.crashed).toEqual([]);
  });

  it('matches the title, link and id expectations of well-formed fixtures', () => {
    const { passed, applicable } = summary.wellformed;
    expect(applicable).toBeGreaterThanOrEqual(200);
    expect(passed / applicable).toBeGreaterThanOrEqual(0.89);
  });

  it('decodes the named and numeric entity fixtures', () => {
    const { passed, applicable } = summary.otherGroups;
    expect(passed / applicable).toBeGreaterThanOrEqual(0.94);
  });

  it('answers every ill-formed fixture with a parse error or a partial result', () => {
    const { total, parseError, partialOrOk } = summary.illformed;
    expect(parseError + partialOrOk).toBe(total);
    expect(parseError).toBeGreaterThanOrEqual(6);
  });
});
