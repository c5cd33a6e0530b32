import { describe, expect, it } from 'vitest';
import { runFeedparserSuite } from './feedparser-suite.js';
import { runRssParserSuite } from './rss-parser-suite.js';

// Floors at what Lede achieves today (see the eval section), so a regression fails the test.
describe('feedparser test corpus', () => {
  const summary = runFeedparserSuite();

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

describe('rss-parser test corpus', () => {
  const summary = runRssParserSuite();

  it('agrees with rss-parser on feed and item titles, links, guids and dates', () => {
    expect(summary.files).toBe(28);
    for (const tally of Object.values(summary.fields)) {
      expect(tally.passed).toBe(tally.applicable);
    }
    expect(summary.mismatches).toEqual([]);
  });

  it('says plainly that an unrecognised document is not a feed', () => {
    expect(summary.noOutput.unrecognized).toMatch(/not a feed/);
  });
});
