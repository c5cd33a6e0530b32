import { describe, expect, it } from 'vitest';
import { neutraliseLine } from '../../../src/core/llm/neutral-line.js';
import type { FramingNote } from '../../../src/core/types.js';

const loaded = (line: string, word: string, suggestion?: string): FramingNote => {
  const at = line.indexOf(word);
  return {
    kind: 'loaded-language',
    text: word,
    span: [at, at + word.length],
    message: '',
    suggestion,
    voice: 'writer',
  };
};

describe('a model’s line through the extractive digest’s neutraliser', () => {
  it('edits only the sentence with a fault and keeps the others as the model wrote them', () => {
    const line = 'No one was hurt ,  he said. The massive fire spread to 12 homes.';
    expect(neutraliseLine(line, [loaded(line, 'massive', 'large')])).toEqual({
      text: 'No one was hurt ,  he said. The fire spread to 12 homes.',
      neutralised: ['massive'],
    });
  });

  it('swaps in a neutral word that keeps the tense, and not one that loses it', () => {
    const kept = 'Critics insist the road will reopen.';
    expect(neutraliseLine(kept, [loaded(kept, 'insist', 'say')]).text).toBe(
      'Critics say the road will reopen.',
    );
    const past = 'The fire service insisted the road would reopen.';
    expect(neutraliseLine(past, [loaded(past, 'insisted', 'say')])).toEqual({
      text: past,
      neutralised: [],
    });
  });
});
