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

  it('counts a reason with no main clause as needing the line before', () => {
    expect(standaloneProblem(line('Because space travel is anything but easy.'))).toBe(
      'needs the line before',
    );
    expect(standaloneProblem(line('Because of the storm, flights were cancelled.'))).toBe(null);
    expect(standaloneProblem(line('Because the road was shut, buses took the bridge.'))).toBe(null);
  });
});
