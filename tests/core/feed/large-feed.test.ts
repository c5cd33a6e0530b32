import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/core/feed/parse-feed.js';

const paragraph = '<p>The council voted on the budget and the mayor said it would pass.</p>';
const item = (i: number, html: string) =>
  `<item><title>Item ${i}</title><link>https://example.com/${i}</link><description><![CDATA[${html}]]></description></item>`;
const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`;

// About 10 MB each: twice the default fetch cap, so an operator who raises the cap still gets a
// result or a message, never a stack overflow.
describe('parseFeed on 10 MB feeds', () => {
  it('reads 2,000 items', () => {
    const text = rss(
      Array.from({ length: 2000 }, (_, i) => item(i, paragraph.repeat(70))).join(''),
    );
    expect(text.length).toBeGreaterThan(10_000_000);
    const outcome = parseFeed(text);
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok') expect(outcome.feed.items).toHaveLength(2000);
  });

  it('reads one 10 MB item', () => {
    const outcome = parseFeed(rss(item(0, paragraph.repeat(140_000))));
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok') expect(outcome.feed.items.map((i) => i.title)).toEqual(['Item 0']);
  });

  it('reads an item nested a million elements deep', () => {
    const deep = `${'<b>'.repeat(1_000_000)}x${'</b>'.repeat(1_000_000)}`;
    const outcome = parseFeed(
      rss(`<item><title>${deep}</title><link>https://e.com/</link></item>`),
    );
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok') expect(outcome.feed.items).toHaveLength(1);
  });

  it('explains a million unclosed elements as broken XML', () => {
    const outcome = parseFeed(rss(`<item><title>${'<b>'.repeat(1_000_000)}</title></item>`));
    expect(outcome).toMatchObject({ kind: 'parse-error' });
    expect(outcome.kind === 'parse-error' && outcome.message).toBe(
      "The feed's XML is broken at line 1: found </title> where </b> (for line 1) was expected.",
    );
  });
});
