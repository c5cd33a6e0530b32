import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adverbOf, derivedAdverbs } from '../../../src/core/framing/lexical/morphology.js';
import { parseLexicon } from '../../../src/core/framing/lexicon.js';
import { findLoadedLanguage } from '../../../src/core/framing/loaded-language.js';
import { readText } from '../../../src/core/text/read-text.js';

const root = path.resolve(import.meta.dirname, '../../..');
const lexicon = parseLexicon(
  JSON.parse(readFileSync(path.join(root, 'config/lexicon.json'), 'utf8')),
);
const flagged = (text: string) =>
  findLoadedLanguage(readText(text), lexicon, [], { model: null }).map((n) => n.text);

describe('loaded words in their other forms', () => {
  it.each([
    ['terrible', 'terribly'],
    ['angry', 'angrily'],
    ['drastic', 'drastically'],
    ['full', 'fully'],
    ['outrageous', 'outrageously'],
  ])('spells the adverb of "%s" as "%s"', (adjective, adverb) => {
    expect(adverbOf(adjective)).toBe(adverb);
  });

  it('flags the -ly adverb of a loaded adjective the lexicon does not list', () => {
    expect(lexicon.entries.some((e) => e.term === 'ludicrously')).toBe(false);
    const notes = findLoadedLanguage(
      readText('The council set a ludicrously high fee for permits.'),
      lexicon,
      [],
      { model: null },
    );
    expect(notes.map((n) => n.text)).toEqual(['ludicrously']);
    expect(notes[0]!.message).toMatch(/adverb/);
    expect(notes[0]!.suggestion).toBe('omit');
  });

  it('leaves adverbs whose sense departs from the adjective ("effectively" = in effect)', () => {
    expect(lexicon.entries.some((e) => e.term === 'effective')).toBe(true);
    expect(flagged('The new rule effectively ends the tax break.')).toEqual([]);
  });

  it('derives adverbs only from clearly loaded praise, disparagement and intensifiers', () => {
    const derived = derivedAdverbs([
      { term: 'ludicrous', category: 'disparagement', weight: 0.8, neutral: 'omit' },
      { term: 'radical', category: 'label', weight: 0.7, neutral: 'far-reaching' },
      { term: 'absolutely', category: 'intensifier', weight: 0.6, neutral: 'omit' },
      { term: 'dramatic', category: 'intensifier', weight: 0.5, neutral: 'omit' },
    ]);
    expect(derived.map((e) => e.term)).toEqual(['ludicrously']);
    expect(derived[0]).toMatchObject({ category: 'disparagement', weight: 0.8, pos: ['ADV'] });
  });

  it('flags the graded forms of a loaded adjective ("craziest")', () => {
    expect(lexicon.entries.some((e) => e.term === 'craziest')).toBe(false);
    expect(flagged('It was the craziest budget plan in years.')).toEqual(['craziest']);
  });
});
