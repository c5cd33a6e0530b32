import { describe, expect, it } from 'vitest';
import { compileItemFilter, storedItemFilter } from '../../../src/core/feed/filter-match.js';
import { parseFilterTerms } from '../../../src/core/feed/filter-terms.js';

function filterOf(include: string, exclude = '') {
  const read = (text: string) => {
    const parsed = parseFilterTerms(text);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.terms;
  };
  return compileItemFilter({ include: read(include), exclude: read(exclude) });
}

const item = (title: string, summary: string | null = null) => ({ title, summary });

describe('compileItemFilter', () => {
  it('passes everything when there are no terms', () => {
    expect(filterOf('')(item('Anything at all'))).toBe(true);
  });

  it('matches whole words only, ignoring case', () => {
    const passes = filterOf('art');
    expect(passes(item('ART fair opens'))).toBe(true);
    expect(passes(item('Party planning', 'a smart start'))).toBe(false);
  });

  it('matches a phrase as consecutive words, across punctuation and line breaks', () => {
    const passes = filterOf('"city council"');
    expect(passes(item('The City-Council met'))).toBe(true);
    expect(passes(item('Vote', 'said the city.\nCouncil members'))).toBe(true);
    expect(passes(item('The council of the city'))).toBe(false);
  });

  it('passes an item matching any include term and no exclude term', () => {
    const passes = filterOf('bridge, library', 'sponsored, "opinion piece"');
    expect(passes(item('Bridge repairs approved'))).toBe(true);
    expect(passes(item('Library hours', 'extended on weekends'))).toBe(true);
    expect(passes(item('Library hours', 'A sponsored post'))).toBe(false);
    expect(passes(item('Bridge', 'an opinion piece on it'))).toBe(false);
    expect(passes(item('Weather today'))).toBe(false);
  });

  it('excludes alone: everything but the excluded words passes', () => {
    const passes = filterOf('', 'football');
    expect(passes(item('Council votes'))).toBe(true);
    expect(passes(item('Football results'))).toBe(false);
  });

  it('runs a regular expression case-insensitively anywhere in title and summary', () => {
    const passes = filterOf('/bridg(e|ing)s?/');
    expect(passes(item('BRIDGES closed'))).toBe(true);
    expect(passes(item('Roads', 'the bridging loan'))).toBe(true);
    expect(passes(item('Roads closed'))).toBe(false);
  });

  it('finishes a catastrophic-backtracking pattern on a long input (RE2 is linear in its size)', () => {
    // With a backtracking engine, /(a+)+$/ on n "a"s and a "!" takes about 2^n steps: at n = 30
    // that is already seconds; here n goes up to 19,000.
    const passes = filterOf('/(a+)+$/');
    for (const n of [30, 1_000, 19_000]) {
      expect(passes(item('x', `${'a'.repeat(n)}!`))).toBe(false);
    }
    expect(passes(item('x', 'aaaa'))).toBe(true);
  });
});

describe('storedItemFilter', () => {
  it('is null for a subscription without filters, and a filter otherwise', () => {
    expect(storedItemFilter(null, null)).toBeNull();
    expect(storedItemFilter('', null)).toBeNull();
    const passes = storedItemFilter('budget', '"city hall"')!;
    expect(passes(item('Budget vote'))).toBe(true);
    expect(passes(item('Budget vote at City Hall'))).toBe(false);
  });
});
