import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_CATEGORIES, parseLexicon } from '../../../src/core/framing/lexicon.js';
import { findLoadedLanguage } from '../../../src/core/framing/loaded-language.js';
import { readText } from '../../../src/core/text/read-text.js';
import { quotedSpans } from '../../fixtures/framing/quoted.js';

const root = path.resolve(import.meta.dirname, '../../..');
const rawLexicon: unknown = JSON.parse(
  readFileSync(path.join(root, 'config/lexicon.json'), 'utf8'),
);
const lexicon = parseLexicon(rawLexicon);

function notesFor(text: string) {
  return findLoadedLanguage(readText(text), lexicon, quotedSpans(text));
}

describe('findLoadedLanguage', () => {
  const flagged: [string, string, string][] = [
    ['The senator slammed the new tariff plan on Tuesday.', 'slammed', 'criticized'],
    ['The council approved a draconian parking rule.', 'draconian', 'strict'],
    ['Officials from the regime met the delegation.', 'regime', 'government'],
    ['The mayor, a seasoned negotiator, opened the talks.', 'seasoned', 'experienced'],
    ['The budget includes a whopping increase for roads.', 'whopping', 'omit'],
    ['Critics called it a so-called reform of the courts.', 'so-called', 'omit'],
  ];
  it.each(flagged)('flags the loaded word in "%s"', (text, word, suggestion) => {
    const note = notesFor(text).find((n) => n.text === word);
    expect(note).toBeDefined();
    expect(note?.kind).toBe('loaded-language');
    expect(note?.suggestion).toBe(suggestion);
  });

  const clean = [
    'The city council voted 7 to 2 to raise the parking fee.',
    'Rain is expected across the region on Thursday.',
    'She said: "This plan is a disaster and the regime is brutal."',
    'The Grand Rapids office will close in May.',
    'Prices did not rise very much last year.',
  ];
  it.each(clean)('raises no note on "%s"', (text) => {
    expect(notesFor(text)).toEqual([]);
  });

  it('gives every note a span whose text is exactly the sliced text', () => {
    const text = 'A bold plan. He “won” a stunning, brilliant victory – “terrible,” said one.';
    for (const note of notesFor(text)) expect(text.slice(...note.span)).toBe(note.text);
  });

  it('merges adjacent loaded words into one note', () => {
    const notes = notesFor('They toured the grand, marble-clad hall.');
    expect(notes.map((n) => n.text)).toEqual(['grand, marble-clad']);
  });

  it('keeps a negated evaluative word but says it is negated', () => {
    const [note] = notesFor('It was not a bold move by the board.');
    expect(note?.text).toBe('bold');
    expect(note?.message).toMatch(/negated/);
  });

  it('matches verbs by lemma, so every tense of an emotive verb is found', () => {
    expect(notesFor('She lambasted the proposal.').map((n) => n.text)).toEqual(['lambasted']);
  });

  it('prefers the longest phrase in the lexicon', () => {
    const notes = notesFor('His relentless pursuit of justice continued.');
    expect(notes.map((n) => n.text)).toEqual(['relentless pursuit of justice']);
  });

  it('writes a one-line message', () => {
    for (const note of notesFor('A bold, innovative and brilliant plan was slammed.')) {
      expect(note.message).not.toMatch(/\n/);
    }
  });
});

describe('the reviewed lexicon', () => {
  it('parses, and every entry has a term, a known category, a weight and an alternative', () => {
    expect(lexicon.entries.length).toBeGreaterThan(300);
    for (const e of lexicon.entries) {
      expect(e.term).toBe(e.term.trim().toLowerCase());
      expect(LEXICON_CATEGORIES).toContain(e.category);
      expect(e.weight).toBeGreaterThanOrEqual(0);
      expect(e.weight).toBeLessThanOrEqual(1);
      expect(e.neutral.length).toBeGreaterThan(0);
    }
  });

  it('is sorted by term so that reviews read as diffs', () => {
    const terms = lexicon.entries.map((e) => e.term);
    expect(terms).toEqual([...terms].sort());
  });

  it('rejects malformed entries with a message naming them', () => {
    expect(() => parseLexicon([{ term: 'Bad', category: 'praise', weight: 2 }])).toThrow(/entry 0/);
    expect(() => parseLexicon({})).toThrow(/array/);
  });
});
