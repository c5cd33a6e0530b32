import { describe, expect, it } from 'vitest';
import { contextTokens } from '../../../src/core/framing/model/features.js';
import { vectorsOf } from '../../../src/core/framing/model/loaded-model.js';
import { readText } from '../../../src/core/text/read-text.js';
import {
  hasLetter,
  hasLetterOrDigit,
  startsUpperCase,
  tokensWithLetters,
} from '../../../src/core/text/word-tests.js';

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

  it('spare the scorer a vocabulary look-up for tokens without a letter, and only those', () => {
    const doc = readText('Prices rose 4%, and 2024 was hard.');
    const index = new Map(doc.tokens.map((t, i) => [t.normal, i]));
    const lettered = tokensWithLetters(doc.tokens);
    const spared = vectorsOf({ index }, doc.tokens, lettered);
    expect(Array.from(vectorsOf({ index }, doc.tokens))).toEqual(doc.tokens.map((_, i) => i));
    expect(Array.from(spared)).toEqual(doc.tokens.map((_, i) => (lettered[i] ? i : -1)));
    expect(spared.filter((v) => v === -1).length).toBeGreaterThan(0);
  });

  it('answer as the Unicode regexes do, for ASCII, other scripts, symbols and surrogate pairs', () => {
    const samples = [
      '',
      '.',
      '--',
      '4%',
      'a',
      'Z',
      '_',
      '$5',
      '“',
      '’s',
      'é',
      'Ωmega',
      '٣',
      '€',
      '—',
      '😀',
      '𝐀',
      '中文',
      '1990s',
      '\u00a0',
      '-x',
      '..b',
      'Apple',
      'iPhone',
      'Éclair',
    ];
    for (let c = 0; c < 0x2100; c += 7)
      samples.push(String.fromCharCode(c), `.${String.fromCharCode(c)}`);
    for (const value of samples) {
      expect(hasLetter(value), value).toBe(/\p{L}/u.test(value));
      expect(hasLetterOrDigit(value), value).toBe(/[\p{L}\p{N}]/u.test(value));
      expect(startsUpperCase(value), value).toBe(/^\p{Lu}/u.test(value));
    }
    expect(samples.filter(startsUpperCase)).toContain('Ωmega');
  });
});
