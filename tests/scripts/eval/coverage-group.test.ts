import { describe, expect, it } from 'vitest';
import {
  COVERAGE_GROUPS,
  coverageGroup,
  type RealPage,
} from '../../../scripts/eval/lib/real-pages-corpus.js';

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
