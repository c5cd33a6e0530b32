import { describe, expect, it } from 'vitest';
import {
  COVERAGE_GROUPS,
  coverageGroup,
  type RealPage,
} from '../../../scripts/eval/lib/real-pages-corpus.js';
import { largestShortfalls } from '../../../scripts/eval/lib/real-pages-measures.js';
import type { SystemRuns } from '../../../scripts/eval/lib/run-pages.js';

const page = (genre?: RealPage['genre']): RealPage => ({
  id: 'x',
  corpus: genre ? 'benchmark' : 'readability',
  url: 'https://example.com/',
  html: '',
  body: '',
  ...(genre ? { genre } : {}),
});

describe('the genre groups of the paired lede-coverage rows', () => {
  it.each([
    ['news', 'news'],
    ['opinion', 'opinion'],
    ['other', 'other or unlabelled'],
  ] as const)('puts a page labelled %s in the %s row', (label, group) => {
    expect(coverageGroup(page(label))).toBe(group);
  });

  it('puts a Readability page, which has no label, with the other pages', () => {
    expect(coverageGroup(page())).toBe('other or unlabelled');
  });

  it('has a row for every group a page can fall in', () => {
    const groups = [page('news'), page('opinion'), page('other'), page()].map(coverageGroup);
    expect(new Set(groups)).toEqual(new Set(COVERAGE_GROUPS));
  });
});

describe('the largest lede-coverage shortfalls a row names', () => {
  const body =
    'Officials said Alice Smith met Bob Jones in Paris on Tuesday with 300 delegates.\n\nMore text.';
  const pages = ['a', 'b', 'c'].map((id) => ({
    ...page('news'),
    id,
    url: `https://www.example.com/${id}`,
    body,
  }));
  const runs = (texts: Record<string, string>): SystemRuns => ({
    name: 'x',
    runs: new Map(
      Object.entries(texts).map(([id, text]) => [
        id,
        { status: 'digest' as const, lines: [{ text, source: text, followsPrevious: false }] },
      ]),
    ),
  });
  const lead3 = runs({ a: body, b: body, c: body });

  it('lists pages by how many more lede facts the baseline states, most first, none at par', () => {
    const lede = runs({
      a: 'Alice Smith met Bob Jones in Paris.',
      b: 'Smith met someone.',
      c: body,
    });
    expect(largestShortfalls(lede, lead3, pages, 5)).toEqual([
      'example.com/b −4',
      'example.com/a −2',
    ]);
  });
});
