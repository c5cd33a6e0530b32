import { describe, expect, it } from 'vitest';
import { itemsBySentence } from '../../../src/core/text/by-sentence.js';
import { readText } from '../../../src/core/text/read-text.js';
import type { Span } from '../../../src/core/types.js';

const TEXT = 'The port reopened. Ships queued for hours. Nobody was hurt.';

describe('itemsBySentence', () => {
  it('lists each item under every sentence its span overlaps, in the items’ order', () => {
    const doc = readText(TEXT);
    const items = [
      { name: 'second', span: [19, 24] as Span },
      { name: 'across', span: [10, 30] as Span },
      { name: 'gap', span: [18, 19] as Span },
      { name: 'third', span: [43, 50] as Span },
      { name: 'empty', span: [25, 25] as Span },
    ];
    const names = itemsBySentence(doc.sentences, items).map((list) => list.map((i) => i.name));
    expect(names).toEqual([['across'], ['second', 'across', 'empty'], ['third']]);
  });

  it('agrees with testing every item against every sentence', () => {
    const doc = readText(`${TEXT} `.repeat(30));
    const items = Array.from({ length: 400 }, (_, k) => {
      const start = (k * 37) % doc.text.length;
      return { span: [start, start + ((k * 13) % 90)] as Span };
    });
    const expected = doc.sentences.map((s) =>
      items.filter((i) => i.span[0] < s.end && i.span[1] > s.start),
    );
    expect(itemsBySentence(doc.sentences, items)).toEqual(expected);
  });
});
