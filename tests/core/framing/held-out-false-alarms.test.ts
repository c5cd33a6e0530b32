import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { analyzeFraming } from '../../../src/core/analyze-framing.js';
import { readText } from '../../../src/core/text/read-text.js';
import type { FramingNote, NoteKind } from '../../../src/core/types.js';

// Issue 12, session 6: the false-alarm classes of the 20 held-out pages, on sentences written
// for these tests (never the pages' own). Each "still flags" case keeps a fix from silencing the
// loaded use of the same word.
const lexicon = loadLexicon();

function notes(text: string, kind: NoteKind): FramingNote[] {
  return analyzeFraming(readText(text), lexicon).notes.filter((n) => n.kind === kind);
}

const flagged = (text: string) => notes(text, 'loaded-language').map((n) => n.text.toLowerCase());
const voiceOf = (text: string, word: string) =>
  notes(text, 'loaded-language').find((n) => n.text.toLowerCase() === word)?.voice;

describe('an embedded post is the poster’s words, over every paragraph above its sign-off', () => {
  const post = [
    'The mayor took to social media on Sunday to warn residents about the smoke.',
    '',
    'Our city is choking on smoke from the fires up north',
    '',
    'Stay indoors and keep away from this toxic haze. Schools will hand out masks tomorrow',
    '',
    'Please check on your neighbours pic.twitter.com/AbCdEf123',
    '',
    '— Dana Ortiz (@MayorOrtiz) June 4, 2023',
    '',
    'The smoke cleared by Tuesday.',
  ].join('\n');

  it('does not flag a word of the post two paragraphs above its sign-off', () => {
    expect(flagged(post)).not.toContain('toxic');
  });

  it('still flags the writer’s paragraph that introduces the post', () => {
    const lead = post.replace('to warn residents', 'to issue a toxic warning to residents');
    expect(flagged(lead)).toContain('toxic');
  });
});

describe('"so-called" before a coined term of several words names the term', () => {
  it.each([
    ['Nobody knows how the so-called chip wars will change the industry.'],
    ['The company cut jobs in so-called growth-related functions last year.'],
  ])('does not flag "%s"', (text) => {
    expect(flagged(text)).not.toContain('so-called');
  });

  it('still flags a sneer at people', () => {
    expect(flagged('The so-called experts got it wrong again.')).toContain('so-called');
  });
});

describe('a plain or literal sense of a loaded word', () => {
  it.each([
    ['Police seized four tonnes of illegal incendiaries at the border.', 'incendiaries'],
    ['The new slogan drew ridicule online within hours.', 'ridicule'],
    ['Vienna famously hosted the congress of 1815.', 'famously'],
  ])('does not flag "%s"', (text, word) => {
    expect(flagged(text)).not.toContain(word);
  });

  it.each([
    ['He made incendiary remarks at the rally.', 'incendiary'],
    ['They ridicule anyone who disagrees with them.', 'ridicule'],
    ['The famously corrupt mayor resigned on Friday.', 'famously'],
    ['Her critics heaped ridicule on the plan for weeks.', 'ridicule'],
  ])('still flags "%s"', (text, word) => {
    expect(flagged(text)).toContain(word);
  });
});

describe('reported speech after a reporting verb is the speaker’s', () => {
  it('marks a paraphrase after "X said he’s" as the source’s', () => {
    const text = 'After the meeting, Patel said she’s extremely proud of the team’s progress.';
    expect(voiceOf(text, 'extremely')).toBe('source');
  });

  it('marks it so when the tagger reads the speaker’s name as a verb ("Hope")', () => {
    const text = 'After the meeting, Hope said she’s extremely proud of the team’s progress.';
    expect(voiceOf(text, 'extremely')).toBe('source');
  });

  it('keeps the writer’s word before the reporting verb the writer’s', () => {
    const text = 'In an extremely tense meeting, Hope said the team would stay.';
    expect(voiceOf(text, 'extremely')).toBe('writer');
  });
});

describe('a reporting verb’s -ing form reports the words after it, not before', () => {
  it('keeps the writer’s words before "with X announcing" the writer’s', () => {
    const text =
      'Since March, prices have risen to alarming heights with the central bank announcing new limits.';
    expect(voiceOf(text, 'alarming')).toBe('writer');
  });

  it('marks the words after "…, saying" as the source’s', () => {
    const text = 'The mayor left the hearing early, saying she was extremely tired.';
    expect(voiceOf(text, 'extremely')).toBe('source');
  });

  it('still reads "…, X said" as the source’s words before the verb', () => {
    const text = 'Prices rose to alarming heights last month, the central bank said.';
    expect(voiceOf(text, 'alarming')).toBe('source');
  });
});

describe('a finding reported as found is not the writer’s framing', () => {
  it('does not flag evidence a study is said to have found', () => {
    const text = 'A 2019 survey of the data found evidence of massive losses on small farms.';
    expect(notes(text, 'opinion-as-fact')).toEqual([]);
  });

  it('still flags evidence the writer offers', () => {
    const text = 'The result is clear evidence of his brilliant leadership.';
    expect(notes(text, 'opinion-as-fact').length).toBeGreaterThan(0);
  });
});
