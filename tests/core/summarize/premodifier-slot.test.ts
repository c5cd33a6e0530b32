import { describe, expect, it } from 'vitest';
import { neutralizeSentence } from '../../../src/core/summarize/neutralize-sentence.js';
import { readText } from '../../../src/core/text/read-text.js';
import { noteOn } from './helpers.js';

const neutral = (text: string, word: string, suggestion = 'omit') =>
  neutralizeSentence(readText(text), 0, [noteOn(text, word, suggestion)]);

// Issue 12, the digest by independent yardsticks: loaded modifiers the tagger reads as a noun
// or a verb used to stay in the digest (the sentence was marked not clean). These lines are
// from NeuS-style news prose written for the test.
describe('a flagged word the tagger misreads, in the slot of a modifier', () => {
  it.each([
    [
      'The eye-popping topline figure does come with some caveats.',
      'eye-popping',
      'omit',
      'The topline figure does come with some caveats.',
    ],
    [
      'QAnon is a crackpot conspiracy theory that spread online.',
      'crackpot',
      'omit',
      'QAnon is a conspiracy theory that spread online.',
    ],
    [
      'The report faults the department for providing shoddy training to recruits.',
      'shoddy',
      'omit',
      'The report faults the department for providing training to recruits.',
    ],
    [
      'Disgraced former director Andrew McCabe has provided evidence.',
      'Disgraced',
      'former',
      'Former director Andrew McCabe has provided evidence.',
    ],
    [
      "Rivals took aim at Ms. Warren's far-left agenda on Tuesday.",
      'far-left',
      'left-wing',
      "Rivals took aim at Ms. Warren's left-wing agenda on Tuesday.",
    ],
  ])('"%s" (%s)', (text, word, suggestion, expected) => {
    const made = neutral(text, word, suggestion);
    expect(made.line.text).toBe(expected);
    expect(made.clean).toBe(true);
  });

  it('leaves a flagged verb after its subject, and a noun after a modifier, to the other rules', () => {
    const verb = neutral('The senators slammed rival officials.', 'slammed');
    expect(verb.line.text).toBe('The senators slammed rival officials.');
    expect(verb.clean).toBe(false);
    const compound = neutral('Officials toured the natural disaster zone.', 'disaster');
    expect(compound.clean).toBe(false);
  });
});
