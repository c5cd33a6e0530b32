import { describe, expect, it } from 'vitest';
import { checkDigestLine } from '../../../src/core/summarize/check-digest-line.js';
import { neutralizeSentence } from '../../../src/core/summarize/neutralize-sentence.js';
import { readText } from '../../../src/core/text/read-text.js';
import { noteOn } from './helpers.js';

const cases: { text: string; flagged: [string, string?][]; expected: string }[] = [
  {
    text: 'President Donald Trump, known for his innovative diplomacy, expanded his peace efforts.',
    flagged: [['innovative']],
    expected: 'President Donald Trump expanded his peace efforts.',
  },
  {
    text: 'At least 14 prisoners were freed on Saturday, showcasing the effective diplomacy of the envoy.',
    flagged: [['effective']],
    expected: 'At least 14 prisoners were freed on Saturday.',
  },
  // The clause holds the facts (how many cities, since when): only the modifier goes.
  {
    text: 'Security forces, which have used excessive force against protests in more than 100 cities since 15 November, arrested 7,000 people.',
    flagged: [['excessive']],
    expected:
      'Security forces, which have used force against protests in more than 100 cities since 15 November, arrested 7,000 people.',
  },
  {
    text: 'The minister announced an unprecedented plan for the railways.',
    flagged: [['unprecedented']],
    expected: 'The minister announced a plan for the railways.',
  },
  {
    text: 'The senator gave a strong and brave speech in the chamber.',
    flagged: [['brave']],
    expected: 'The senator gave a strong speech in the chamber.',
  },
  {
    text: 'Sadly, the talks in Geneva ended without an agreement.',
    flagged: [['Sadly']],
    expected: 'The talks in Geneva ended without an agreement.',
  },
  {
    text: 'The group blasted the new tariffs at a press conference.',
    flagged: [['blasted', 'criticized']],
    expected: 'The group criticized the new tariffs at a press conference.',
  },
  {
    text: 'He met the president in Minsk after five years of silence, a silence that was seemingly unbreachable.',
    flagged: [['unbreachable']],
    expected: 'He met the president in Minsk after five years of silence.',
  },
  {
    text: 'The council approved a hugely expensive stadium on Monday.',
    flagged: [['hugely']],
    expected: 'The council approved an expensive stadium on Monday.',
  },
  {
    text: 'In the end, showing remarkable restraint, the police stayed outside the campus.',
    flagged: [['remarkable']],
    expected: 'In the end, the police stayed outside the campus.',
  },
  {
    text: 'Video footage shows killings by security forces, which have used brutal force against protests, said Amnesty International.',
    flagged: [['brutal']],
    expected: 'Video footage shows killings by security forces, said Amnesty International.',
  },
];

describe('neutralizeSentence', () => {
  for (const c of cases) {
    it(`turns "${c.text}" into "${c.expected}"`, () => {
      const doc = readText(c.text);
      const notes = c.flagged.map(([phrase, suggestion]) => noteOn(c.text, phrase, suggestion));
      const { line, clean } = neutralizeSentence(doc, 0, notes);
      expect(line.text).toBe(c.expected);
      expect(clean).toBe(true);
      expect(checkDigestLine(c.text, line, notes)).toEqual({ ok: true, problems: [] });
    });
  }

  it.each([
    ['BBC presenter Emily Maitlis did a masterful job pressing Andrew on Saturday.', 'masterful'],
    [
      'Obama said the failure to pass gun laws is the greatest frustration of his presidency.',
      'greatest',
    ],
  ])('does not cut "%s" to a line that means something else', (text, word) => {
    const { clean } = neutralizeSentence(readText(text), 0, [noteOn(text, word)]);
    expect(clean).toBe(false);
  });

  it('leaves a flagged word it cannot remove in place and says the sentence is not clean', () => {
    const text = 'The plan was a disaster for the town.';
    const { line, clean } = neutralizeSentence(readText(text), 0, [noteOn(text, 'disaster')]);
    expect(line.text).toBe(text);
    expect(clean).toBe(false);
  });

  it('keeps a source’s word it cannot remove, and the sentence clean, since the line says whose word it is', () => {
    const text =
      'Obama has admitted that his failure to pass gun laws is the greatest frustration of his presidency.';
    const note = { ...noteOn(text, 'greatest'), voice: 'source' as const };
    const { line, clean } = neutralizeSentence(readText(text), 0, [note]);
    expect(line.text).toBe(text);
    expect(clean).toBe(true);
  });

  it('puts the full name in place of a sentence-initial pronoun when the sentence before opens with it', () => {
    const text = 'Keith Kellogg headed the mission. He met the president in Minsk.';
    const { line } = neutralizeSentence(readText(text), 1, []);
    expect(line.text).toBe('Keith Kellogg met the president in Minsk.');
    expect(checkDigestLine(text, line, []).ok).toBe(true);
  });
});

describe('checkDigestLine', () => {
  const text = 'The mayor opened the new bridge on Friday.';
  it('rejects a word that is in neither the spans nor a replacement', () => {
    const line = {
      text: 'The mayor proudly opened the new bridge on Friday.',
      spans: [[0, text.length]] as [number, number][],
    };
    expect(checkDigestLine(text, line, []).ok).toBe(false);
  });
  it('rejects spans out of bounds or out of order', () => {
    expect(
      checkDigestLine(
        text,
        {
          text: 'The mayor',
          spans: [
            [10, 20],
            [0, 9],
          ],
        },
        [],
      ).ok,
    ).toBe(false);
    expect(checkDigestLine(text, { text: 'The mayor', spans: [[0, 999]] }, []).ok).toBe(false);
  });
  it('rejects a line that drops source words its spans cover', () => {
    expect(
      checkDigestLine(text, { text: 'The mayor opened', spans: [[0, text.length]] }, []).ok,
    ).toBe(false);
  });
});
