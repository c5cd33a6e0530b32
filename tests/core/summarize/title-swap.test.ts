import { describe, expect, it } from 'vitest';
import { neutralizeSentence } from '../../../src/core/summarize/neutralize-sentence.js';
import { readText } from '../../../src/core/text/read-text.js';
import { noteOn } from './helpers.js';

const neutral = (text: string, word: string, suggestion: string) =>
  neutralizeSentence(readText(text), 0, [noteOn(text, word, suggestion)]);

describe('a loaded title before a name', () => {
  it('takes the neutral title, as a title is not half of a compound', () => {
    const made = neutral(
      'North Korean dictator Kim Jong Un had heart surgery, officials said.',
      'dictator',
      'leader',
    );
    expect(made.line.text).toBe(
      'North Korean leader Kim Jong Un had heart surgery, officials said.',
    );
    expect(made.clean).toBe(true);
  });

  it('keeps a noun after a modifier that is not before a name as written', () => {
    const made = neutral(
      'Officials visited the natural disaster zone on Monday.',
      'disaster',
      'event',
    );
    expect(made.line.text).toBe('Officials visited the natural disaster zone on Monday.');
    expect(made.clean).toBe(false);
  });
});
