import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/attribution/find-quotes.js';
import { summarizeSourcing } from '../../../src/core/framing/sourcing.js';
import { readText } from '../../../src/core/text/read-text.js';

function sourcing(text: string) {
  const doc = readText(text);
  return summarizeSourcing(doc, findQuotes(doc));
}

describe('summarizeSourcing', () => {
  it('counts named sources and lists named people who are never heard', () => {
    const text =
      'Mayor Hana Ruiz met union leader Piotr Nowak on Monday. "We have a deal," Ruiz said. ' +
      'She added that the strike was over.';
    const { note, sources } = sourcing(text);
    expect(sources).toEqual([{ name: 'Ruiz', quotes: 2 }]);
    expect(note?.message).toBe('Quoted or cited: Ruiz (2). Mentioned but not heard: Nowak.');
    expect(note?.text).toBe(text.slice(note!.span[0], note!.span[1]));
  });

  it.each([
    ['"The plant will close," Germany said in a statement on Friday.', []],
    ['"Prices will rise," New York said as the session opened on Monday.', []],
    ['Americans said the plan would fail, and the vote was put off until March.', []],
    ['The launch is on schedule, the space agency NASA said on Tuesday.', ['NASA']],
    ['Harbour director Ines Duarte spoke first. "We are ready," Duarte said.', ['Duarte']],
  ])('lists only voices, never places, dates or lone capitalised words: %s', (text, expected) => {
    expect(sourcing(text).sources.map((s) => s.name)).toEqual(expected);
  });

  it('says nobody is named when only unnamed sources speak', () => {
    const { note, sources } = sourcing('A police spokesman said the road was closed.');
    expect(sources).toEqual([]);
    expect(note?.message).toBe('Quoted or cited: nobody by name. Unnamed or described sources: 1.');
  });

  it('gives no note when nobody is quoted or named', () => {
    expect(sourcing('The road was closed for two hours.').note).toBeNull();
  });
});
