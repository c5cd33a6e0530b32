import { runFeedparserSuite } from '../../tests/core/feed/feedparser-suite.js';
import { runRssParserSuite } from '../../tests/core/feed/rss-parser-suite.js';
import type { EvalRow, EvalSection } from './types.js';

const ratio = (passed: number, of: number) =>
  `${passed}/${of} (${((100 * passed) / Math.max(of, 1)).toFixed(1)}%)`;

function feedparserRows(): EvalRow[] {
  const s = runFeedparserSuite();
  const section = 'Feeds: feedparser corpus';
  return [
    {
      section,
      metric: 'well-formed: title/link/id expectations met',
      lede: ratio(s.wellformed.passed, s.wellformed.applicable),
      note: `${s.wellformed.skipped} of ${s.wellformed.total} skipped as unsupported (fields Lede does not keep, CDF)`,
    },
    {
      section,
      metric: 'entities/encoding: title/link expectations met',
      lede: ratio(s.otherGroups.passed, s.otherGroups.applicable),
    },
    {
      section,
      metric: 'ill-formed: parse-error / partial-or-ok',
      lede: `${s.illformed.parseError} / ${s.illformed.partialOrOk} of ${s.illformed.total}`,
      note: 'never a crash is the requirement',
    },
    { section, metric: 'fixtures that threw', lede: s.crashed.length, target: '0' },
  ];
}

function rssParserRows(): EvalRow[] {
  const s = runRssParserSuite();
  const rows: EvalRow[] = Object.entries(s.fields).map(([field, tally]) => ({
    section: 'Feeds: rss-parser corpus',
    metric: `${field} equals rss-parser's`,
    lede: ratio(tally.passed, tally.applicable),
    ...(field.includes('link') ? { note: 'after resolving and dropping tracking parameters' } : {}),
  }));
  rows.push({
    section: 'Feeds: rss-parser corpus',
    metric: 'files matching on every compared field',
    lede: ratio(s.filesFullyMatching, s.files),
  });
  return rows;
}

export const feedsSection: EvalSection = {
  name: 'feeds',
  async run() {
    return [...feedparserRows(), ...rssParserRows()];
  },
};
