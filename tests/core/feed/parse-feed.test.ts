import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOpml } from '../../../src/core/feed/opml.js';
import { parseFeed } from '../../../src/core/feed/parse-feed.js';
import type { NormalizedFeed } from '../../../src/core/feed/types.js';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'feed', name), 'utf8');

function okFeed(text: string, contentType?: string, baseUrl?: string): NormalizedFeed {
  const outcome = parseFeed(text, contentType, baseUrl);
  if (outcome.kind !== 'ok') throw new Error(outcome.message);
  return outcome.feed;
}

describe('parseFeed', () => {
  it('normalises an Atom entry: xml:base links, plain-text title, zone-aware date', () => {
    const feed = okFeed(fixture('xml-base.atom'));
    expect(feed).toMatchObject({
      format: 'atom',
      title: 'Lab Notes',
      url: 'https://lab.test/blog/',
    });
    expect(feed.items[0]).toMatchObject({
      id: 'tag:lab.test,2024:1',
      url: 'https://lab.test/blog/2024/tides?ref=7',
      title: 'Tides & moons',
      author: 'Ada',
      publishedAt: Date.parse('2024-03-01T09:00:00Z'),
      summary: 'Short summary',
    });
    expect(feed.items[0]!.contentHtml).toContain('<p>Body</p>');
  });

  it('reads JSON Feed, resolving relative URLs and leaving a bad date null', () => {
    const feed = okFeed(fixture('feed.json'), 'application/feed+json');
    expect(feed.items.map((i) => [i.url, i.title, i.publishedAt])).toEqual([
      ['https://json.test/second', 'Second', Date.parse('2024-02-02T08:00:00Z')],
      ['https://json.test/first', null, null],
    ]);
    expect(feed.items[1]!.summary).toBe('One & only');
    expect(feed.items[0]!.author).toBe('Bo');
  });

  it('resolves relative item links against the document URL when there is no xml:base', () => {
    const rss = '<rss version="2.0"><channel><item><link>/a</link></item></channel></rss>';
    expect(okFeed(rss, undefined, 'https://x.test/feed').items[0]!.url).toBe('https://x.test/a');
  });

  it('tells a chat user that an HTML page is not a feed, and where its feed is', () => {
    const outcome = parseFeed(fixture('page.html'), 'text/html', 'https://harbor.test/');
    expect(outcome).toEqual({
      kind: 'parse-error',
      message: 'That page is HTML, not a feed. It links to a feed: https://harbor.test/feed.xml',
    });
  });

  it('names the line where the XML breaks and keeps what it could read', () => {
    const outcome = parseFeed(fixture('broken.xml'));
    expect(outcome.kind).toBe('parse-error');
    if (outcome.kind !== 'parse-error') return;
    expect(outcome.message).toMatch(/^The feed's XML is broken at line 7: /);
    expect(outcome.partial?.items[0]?.title).toBe('First');
  });

  it.each([
    ['', 'The feed is empty.'],
    ['{"not": "a feed"}', 'That is not a feed Lede can read (RSS, Atom, RDF or JSON Feed).'],
    ['{"broken": ', /^The feed's JSON is broken/],
    ['<note><to>x</to></note>', 'That is not a feed Lede can read (RSS, Atom, RDF or JSON Feed).'],
  ])('never throws on %j', (text, message) => {
    const outcome = parseFeed(text);
    expect(outcome.kind).toBe('parse-error');
    if (outcome.kind === 'parse-error') expect(outcome.message).toMatch(message);
  });
});

describe('parseOpml', () => {
  it('collects feeds from nested outlines, tolerating a missing type and skipping links', () => {
    expect(parseOpml(fixture('subscriptions.opml'))).toEqual({
      title: 'My & your feeds',
      feeds: [
        {
          url: 'https://harbor.test/feed.xml',
          title: 'Harbor Times',
          htmlUrl: 'https://harbor.test/',
        },
        { url: 'https://lab.test/atom.xml', title: 'Lab Notes' },
      ],
    });
  });

  it('gives an empty list for a file that is not OPML', () => {
    expect(parseOpml('<html></html>')).toEqual({ feeds: [] });
  });
});
