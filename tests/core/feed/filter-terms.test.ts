import { describe, expect, it } from 'vitest';
import { formatFilterTerms, parseFilterTerms } from '../../../src/core/feed/filter-terms.js';

function terms(text: string) {
  const parsed = parseFilterTerms(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.terms;
}

function refusal(text: string): string {
  const parsed = parseFilterTerms(text);
  if (parsed.ok) throw new Error(`accepted ${text}`);
  return parsed.error;
}

describe('parseFilterTerms', () => {
  it('reads comma-separated words, quoted phrases and regular expressions', () => {
    expect(terms('Budget, "City Council", /bridge(s)?, repair/')).toEqual([
      { words: ['budget'] },
      { words: ['city', 'council'] },
      { regex: 'bridge(s)?, repair' },
    ]);
  });

  it('keeps a comma inside quotes and an escaped slash inside a regular expression', () => {
    expect(terms('"rates, taxes", /a\\/b/')).toEqual([
      { words: ['rates', 'taxes'] },
      { regex: 'a\\/b' },
    ]);
  });

  it('skips empty terms and reads an empty text as no terms', () => {
    expect(terms(' , budget,, ')).toEqual([{ words: ['budget'] }]);
    expect(terms('')).toEqual([]);
  });

  it('formats terms so that they read back the same', () => {
    const typed = 'budget, "city council", /b(a|e)d/';
    expect(formatFilterTerms(terms(typed))).toBe(typed);
    expect(terms(formatFilterTerms(terms(typed)))).toEqual(terms(typed));
  });

  it('refuses an unbalanced quote, an unclosed or invalid regex, and text after a closing mark', () => {
    expect(refusal('budget, "city council')).toBe(
      'The filter terms open a quote (") that never closes.',
    );
    expect(refusal('/bridge')).toBe(
      'The filter terms open a regular expression (/…/) that never closes.',
    );
    expect(refusal('/(a/')).toBe(
      'The regular expression /(a/ is not valid: missing closing ): `(a`.',
    );
    expect(refusal('/(?=a)b/')).toContain('is not valid: invalid or unsupported Perl syntax');
    expect(refusal('"city" council')).toBe(
      'Put commas between terms: "city" council has text after its closing quote.',
    );
    expect(refusal('!!!')).toBe('The filter term !!! has no letters or digits.');
  });

  it('refuses too long a text, too long a term and too many terms', () => {
    expect(refusal('a'.repeat(501))).toBe('Filter terms can be at most 500 characters in all.');
    expect(refusal('a'.repeat(101))).toBe('A filter term can be at most 100 characters.');
    const many = Array.from({ length: 21 }, (_, i) => `w${i}`).join(',');
    expect(refusal(many)).toBe('At most 20 filter terms per list.');
  });

  it('refuses a regex whose repetition would blow up the program', () => {
    expect(refusal('/(a{100}){100}/')).toContain('invalid repeat count');
  });
});
