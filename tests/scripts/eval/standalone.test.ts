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

  it('passes an "it" that stands for the clause after it, and counts one that points back', () => {
    const forward = 'It’s possible to display “Like” buttons without sending requests to Facebook.';
    expect(standaloneProblem(line(forward))).toBe(null);
    expect(standaloneProblem(line('It is likely that the vote slips to spring.'))).toBe(null);
    expect(standaloneProblem(line('It was sold to a buyer in Ohio in May.'))).toBe(
      'needs the line before',
    );
    expect(standaloneProblem(line('It’s the largest plant of its kind.'))).toBe(
      'needs the line before',
    );
  });
});
