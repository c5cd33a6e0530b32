import { beforeAll, expect, it } from 'vitest';
import { describeCorpus } from '../../helpers/corpora.js';
import { type RssParserSummary, runRssParserSuite } from './rss-parser-suite.js';

describeCorpus('rss-parser test corpus', () => {
  let summary: RssParserSummary;
  beforeAll(() => {
    summary = runRssParserSuite();
  });

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
