import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../src/core/feed/clean-url.js';
import { assignIdentities } from '../../../src/core/feed/item-identity.js';
import { parseFeedDate } from '../../../src/core/feed/parse-date.js';
import { selectNewItems } from '../../../src/core/feed/select-new-items.js';
import type { DraftItem } from '../../../src/core/feed/types.js';
import { htmlToText } from '../../../src/core/html-text.js';

describe('canonicalUrl', () => {
  it.each([
    ['https://a.test/x?utm_source=rss&utm_medium=feed', undefined, 'https://a.test/x'],
    ['https://a.test/x?id=7&fbclid=abc&gclid=1', undefined, 'https://a.test/x?id=7'],
    ['https://a.test/x?mc_cid=1&mc_eid=2&page=2#top', undefined, 'https://a.test/x?page=2#top'],
    ['https://a.test/x?q=a%20b&UTM_Campaign=x', undefined, 'https://a.test/x?q=a%20b'],
    ['/posts/1?utm_source=x', 'https://blog.test/feed.xml', 'https://blog.test/posts/1'],
    ['2024/post', 'https://blog.test/base/', 'https://blog.test/base/2024/post'],
    ['javascript:alert(1)', undefined, null],
    ['  ', undefined, null],
  ])('%s (base %s) becomes %s', (raw, base, expected) => {
    expect(canonicalUrl(raw, base)).toBe(expected);
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Mon, 02 Jan 2006 15:04:05 GMT', '2006-01-02T15:04:05.000Z'],
    ['Mon, 02 Jan 2006 10:04:05 EST', '2006-01-02T15:04:05.000Z'],
    ['Mon, 02 Jan 2006 08:04:05 PDT', '2006-01-02T15:04:05.000Z'],
    ['02 Jan 2006 16:04:05 +0100', '2006-01-02T15:04:05.000Z'],
    ['Mon, 2 Jan 06 15:04 Z', '2006-01-02T15:04:00.000Z'],
    ['Fri, 19 May 2017 21:05:02 +0530', '2017-05-19T15:35:02.000Z'],
    ['2006-01-02T15:04:05Z', '2006-01-02T15:04:05.000Z'],
    ['2006-01-02T17:04:05.250+02:00', '2006-01-02T15:04:05.250Z'],
    ['2006-01-02 15:04:05', '2006-01-02T15:04:05.000Z'],
    ['2006-01-02', '2006-01-02T00:00:00.000Z'],
    ['Monday, 02-Jan-06 15:04:05 GMT', '2006-01-02T15:04:05.000Z'],
    ['January 2, 2006 10:04 PM EST', '2006-01-03T03:04:00.000Z'],
    ['Mon Jan  2 15:04:05 2006', '2006-01-02T15:04:05.000Z'],
    ['Tue, 10 Mar 2020 16:05:00 +0100 (CET)', '2020-03-10T15:05:00.000Z'],
  ])('reads %s', (raw, iso) => {
    expect(new Date(parseFeedDate(raw)!).toISOString()).toBe(iso);
  });

  it.each([
    [''],
    ['   '],
    ['yesterday'],
    ['Seg, 24 Set 2018 19:42:40 -0300'],
    ['Mon, 30 Feb 2006 10:00:00 GMT'],
    ['Mon, 02 Jan 2006 25:00:00 GMT'],
    ['Mon, 02 Jan 2006 10:00:00 XYZ'],
    ['2006-13-01'],
    [null],
    [undefined],
  ])('gives null for %s rather than inventing a date', (raw) => {
    expect(parseFeedDate(raw)).toBeNull();
  });
});

describe('htmlToText', () => {
  it.each([
    ['<p>Hello <b>world</b></p>', 'Hello world'],
    ['AT&amp;T &mdash; &#8220;quoted&#x201D;', 'AT&T \u2014 \u201cquoted\u201d'],
    ['1 < 2 &lt;tag&gt;', '1 < 2 <tag>'],
    ['a<script>alert(1)</script>b<style>p{}</style>c', 'a b c'],
    ['line<br>break', 'line break'],
  ])('%s reads as %s', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

function draft(fields: Partial<DraftItem>): DraftItem {
  return {
    guid: null,
    url: null,
    title: null,
    author: null,
    publishedAt: null,
    summary: null,
    contentHtml: null,
    ...fields,
  };
}

describe('assignIdentities', () => {
  it('uses a unique guid, including isPermaLink="false" ones', () => {
    const [item] = assignIdentities([draft({ guid: 'abc', url: 'https://a.test/1' })]);
    expect(item!.id).toBe('abc');
  });

  it('falls back to the URL when a guid repeats within the feed', () => {
    const items = assignIdentities([
      draft({ guid: 'same', url: 'https://a.test/1' }),
      draft({ guid: 'same', url: 'https://a.test/2' }),
    ]);
    expect(items.map((i) => i.id)).toEqual(['https://a.test/1', 'https://a.test/2']);
  });

  it('falls back to a title and date hash when neither guid nor URL is usable', () => {
    const items = assignIdentities([
      draft({ title: 'One', publishedAt: 1 }),
      draft({ title: 'Two', publishedAt: 1, url: 'https://a.test/' }),
      draft({ title: 'Three', publishedAt: 1, url: 'https://a.test/' }),
    ]);
    expect(items.every((i) => i.id.startsWith('hash:'))).toBe(true);
    expect(new Set(items.map((i) => i.id)).size).toBe(3);
  });

  it('keeps the identity when the content changes', () => {
    const before = assignIdentities([draft({ title: 'T', publishedAt: 5, summary: 'v1' })]);
    const after = assignIdentities([
      draft({ title: 'T', publishedAt: 5, summary: 'v2', contentHtml: '<p>v2</p>' }),
    ]);
    expect(after[0]!.id).toBe(before[0]!.id);
  });
});

describe('selectNewItems', () => {
  const items = [
    { id: 'b', publishedAt: 2 },
    { id: 'c', publishedAt: 3 },
    { id: 'a', publishedAt: 1 },
  ];

  it('on a first poll posts only the newest few, oldest first, and marks everything seen', () => {
    const result = selectNewItems(items, new Set(), { firstPoll: true, firstPollLimit: 2 });
    expect(result.toPost.map((i) => i.id)).toEqual(['b', 'c']);
    expect(result.toMarkSeen.sort()).toEqual(['a', 'b', 'c']);
  });

  it('later posts every unseen item and skips the seen ones', () => {
    const result = selectNewItems(items, new Set(['b']), { firstPoll: false, firstPollLimit: 2 });
    expect(result.toPost.map((i) => i.id)).toEqual(['a', 'c']);
    expect(result.toMarkSeen.sort()).toEqual(['a', 'c']);
  });

  it('uses the feed order when some items have no date', () => {
    const undated = [
      { id: 'new', publishedAt: null },
      { id: 'old', publishedAt: 1 },
    ];
    const result = selectNewItems(undated, new Set(), { firstPoll: true, firstPollLimit: 1 });
    expect(result.toPost.map((i) => i.id)).toEqual(['new']);
  });

  it('posts nothing on a first poll with a limit of zero', () => {
    const result = selectNewItems(items, new Set(), { firstPoll: true, firstPollLimit: 0 });
    expect(result.toPost).toEqual([]);
    expect(result.toMarkSeen).toHaveLength(3);
  });
});
