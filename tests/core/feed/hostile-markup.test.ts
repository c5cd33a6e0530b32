import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';
import { findAdvertisedFeeds } from '../../../src/core/feed/html-page.js';
import { MAX_ITEM_FIELD_CHARS } from '../../../src/core/feed/map-shared.js';
import { parseFeed } from '../../../src/core/feed/parse-feed.js';
import { htmlToBlockText, htmlToText } from '../../../src/core/html-text.js';

function rss(description: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://example.com/</link><item><title>One</title><link>https://example.com/1</link><description><![CDATA[${description}]]></description></item></channel></rss>`;
}

// Each input here took the old regexes from several seconds to minutes; the time limits are
// generous bounds that prove the scan is not quadratic, not measurements.
describe('markup from anyone costs time in proportion to its length', () => {
  it('keeps the text after 100,000 unclosed <script> tags in a feed fragment', () => {
    const html = `<p>Lead</p>${'<script>'.repeat(100_000)}tail`;
    expect(htmlToBlockText(html)).toBe('Lead\n\ntail');
    expect(htmlToText(html)).toBe('Lead tail');
  }, 5_000);

  it('still removes a closed hidden element that follows many unclosed ones', () => {
    const unclosed = '<style x'.repeat(50_000);
    expect(htmlToText(`${unclosed}b<script>x</script>c`)).toBe(`${unclosed}b c`);
  }, 5_000);

  it('keeps 100,000 block tags that never close as the text they are', () => {
    const html = `${'<p x'.repeat(100_000)}end`;
    expect(htmlToBlockText(html)).toBe(html);
    expect(htmlToBlockText(`${html}>tail`)).toBe('tail');
  }, 5_000);

  it('looks for advertised feeds in a page of 20,000 unclosed <link tags', () => {
    expect(findAdvertisedFeeds(`${'<link '.repeat(20_000)}x`)).toEqual([]);
  }, 5_000);

  it('reads no article from a page of 20,000 unclosed <html tags', () => {
    expect(extractArticle(`${'<html '.repeat(20_000)}x`)).toBeNull();
  }, 5_000);

  it('parses a feed whose item holds 24,000 unclosed <script> tags', () => {
    const outcome = parseFeed(rss(`Body${'<script>'.repeat(24_000)}`), 'application/rss+xml');
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok') expect(outcome.feed.items[0]?.summary).toBe('Body');
  }, 10_000);

  it('reads an item body only up to MAX_ITEM_FIELD_CHARS characters', () => {
    const body = `<p>${'Word and word again. '.repeat(20_000)}</p>`;
    const outcome = parseFeed(rss(body), 'application/rss+xml');
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    const [item] = outcome.feed.items;
    expect(item?.contentHtml?.length).toBeGreaterThan(MAX_ITEM_FIELD_CHARS - 10);
    expect(item?.contentHtml?.length).toBeLessThanOrEqual(MAX_ITEM_FIELD_CHARS);
    expect(item?.summary?.length).toBeLessThanOrEqual(MAX_ITEM_FIELD_CHARS);
    expect(item?.summary).toMatch(/^Word and word again\./);
  });
});
