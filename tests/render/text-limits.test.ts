import { describe, expect, it } from 'vitest';
import { safeCut, splitText, truncate } from '../../src/render/text-limits.js';

describe('text limits shared by the platform renderers', () => {
  it('cuts a grapheme longer than the limit between code points, never inside a surrogate pair', () => {
    const zalgo = `😀${'\u0301'.repeat(40)}`;
    expect(safeCut(zalgo, 1)).toBe(1);
    expect(safeCut(`a${zalgo}`, 2)).toBe(1);
    const parts = splitText(zalgo.repeat(3), 30);
    expect(parts.join('')).toBe(zalgo.repeat(3));
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(30);
    for (const part of parts) expect(part).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('lets a platform move a cut back off its own escapes, but never to the very start', () => {
    const rules = { backOff: (text: string, cut: number) => text.lastIndexOf('&', cut - 1) };
    expect(safeCut('ab&amp;cd', 5, rules)).toBe(2);
    expect(safeCut('&amp;cd', 3, rules)).toBe(3);
  });

  it('shortens at the last space when that keeps most of the text, else at a safe cut', () => {
    expect(truncate('one two three four five', 20)).toBe('one two three four…');
    expect(truncate('a 🇺🇦🇺🇦🇺🇦🇺🇦', 8)).toBe('a 🇺🇦…');
    expect(truncate('short', 8)).toBe('short');
  });

  it('keeps the ranges a platform names whole, moving the cut before them', () => {
    const link = '<https://x.example|a b c d e f>';
    const text = `word word ${link}${' tail'.repeat(8)}`;
    const keepWhole = (t: string) =>
      [...t.matchAll(/<[^>]*>/g)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
    const parts = splitText(text, 40, { keepWhole });
    expect(parts.slice(0, 2)).toEqual(['word word', `${link} tail`]);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(40);
    // Without the rule, the last space before the limit falls inside the link.
    expect(splitText(text, 40).some((part) => part.includes(link))).toBe(false);
  });
});
