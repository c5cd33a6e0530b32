import { describe, expect, it } from 'vitest';
import { contextTokens } from '../../../src/core/framing/model/features.js';
import { readText } from '../../../src/core/text/read-text.js';
import { tokensWithLetters } from '../../../src/core/text/word-tests.js';

describe('per-token word tests', () => {
  it('mark the tokens that hold a letter, in any script', () => {
    const doc = readText('In 2024, Zoë paid €5 — «très» cher!');
    const lettered = tokensWithLetters(doc.tokens);
    expect(doc.tokens.filter((_, i) => lettered[i]).map((t) => t.value)).toEqual([
      'In',
      'Zoë',
      'paid',
      'très',
      'cher',
    ]);
  });

  it('are what the scorer’s context window reads when it is given them', () => {
    const doc = readText('The very bold plan was approved by the council.');
    const sentence = doc.sentences[0]!;
    const bold = doc.tokens.findIndex((t) => t.normal === 'bold');
    const lettered = tokensWithLetters(doc.tokens);
    expect(contextTokens(doc.tokens, bold, sentence, lettered)).toEqual(
      contextTokens(doc.tokens, bold, sentence),
    );
    const onlyPlan = doc.tokens.map((t) => t.normal === 'plan');
    expect(contextTokens(doc.tokens, bold, sentence, onlyPlan)).toEqual([bold + 1]);
  });
});
