import { describe, expect, it } from 'vitest';
import { presentAnalysis } from '../../src/core/present-analysis.js';
import type { ArticleAnalysis } from '../../src/core/types.js';

function analysis(words: number): ArticleAnalysis {
  return {
    title: 'Note',
    source: 'pasted text',
    genre: { label: 'unknown', score: 0, evidence: [] },
    digest: [],
    notes: [],
    sources: [],
    published: null,
    outlet: null,
    url: null,
    stats: { words, sentences: 1 },
  };
}

describe('presentAnalysis', () => {
  it.each([
    [1, '1 word · '],
    [2, '2 words · '],
    [0, '0 words · '],
  ])('counts %i words in the footer as "%s"', (words, shown) => {
    expect(presentAnalysis(analysis(words)).footer).toContain(shown);
  });
});
