import { describe, expect, it } from 'vitest';
import { standaloneProblem } from '../../../scripts/eval/lib/standalone.js';

const line = (text: string) => ({ text, source: text, followsPrevious: false });

describe('the eval’s stand-alone measure', () => {
  it('counts a line that announces a list the reader is not given', () => {
    expect(
      standaloneProblem(line('Other users have offered differing estimates of her worth:')),
    ).toBe('needs the line after');
  });

  it('passes a sentence with a colon inside it', () => {
    expect(standaloneProblem(line('The mayor had one message: the road reopens on Monday.'))).toBe(
      null,
    );
  });
});
