import { describe, expect, it } from 'vitest';
import {
  degreeCentrality,
  dot,
  inverseSentenceFrequency,
  meanDocumentFrequency,
  numberTerms,
  sentenceTerms,
  unitVectors,
} from '../../../src/core/summarize/sentence-terms.js';
import { readText } from '../../../src/core/text/read-text.js';

const doc = readText(
  'The council approved the budget on Monday. The budget raises council tax by 3%. ' +
    'Residents protested outside the council. Rain fell all day.',
);
const terms = sentenceTerms(doc);
const numbered = numberTerms(terms);

describe('document-wide term tallies by id', () => {
  it("numbers each distinct term once, in each sentence's bag order", () => {
    const names = new Map<number, string>();
    terms.forEach(({ tf }, s) => {
      [...tf.keys()].forEach((term, k) => {
        const id = numbered.ids[s]![k]!;
        expect(names.get(id) ?? term).toBe(term);
        names.set(id, term);
      });
    });
    expect(numbered.size).toBe(new Set(terms.flatMap(({ tf }) => [...tf.keys()])).size);
    expect(names.size).toBe(numbered.size);
  });

  it('gives a term in more sentences a lower inverse sentence frequency', () => {
    const idf = inverseSentenceFrequency(numbered);
    const idOf = (term: string) => numbered.ids[0]![[...terms[0]!.tf.keys()].indexOf(term)]!;
    expect(idf[idOf('council')]).toBeCloseTo(Math.log(1 + 4 / 3), 12);
    expect(idf[idOf('monday')]).toBeCloseTo(Math.log(1 + 4 / 1), 12);
  });

  it('sums each sentence’s cosines to every other sentence, as the pairwise sum does', () => {
    const vectors = unitVectors(terms, numbered, inverseSentenceFrequency(numbered));
    const pairwise = vectors.map((v, i) =>
      vectors.reduce((sum, u, j) => (i === j ? sum : sum + dot(v, u)), 0),
    );
    const degree = degreeCentrality(vectors, numbered);
    for (const [i, d] of degree.entries()) expect(d).toBeCloseTo(pairwise[i]!, 12);
    expect(degree[3]).toBe(0);
    expect(degree[0]).toBeGreaterThan(degree[2]!);
  });

  it('averages the document counts of a sentence’s words (SumBasic)', () => {
    const counts = new Map<string, number>();
    for (const { tf } of terms) for (const [t, c] of tf) counts.set(t, (counts.get(t) ?? 0) + c);
    const expected = terms.map(({ tf }) => {
      const bag = [...tf];
      const words = bag.reduce((n, [, c]) => n + c, 0);
      return bag.reduce((sum, [t, c]) => sum + c * counts.get(t)!, 0) / words;
    });
    expect(meanDocumentFrequency(terms, numbered)).toEqual(expected);
  });
});
