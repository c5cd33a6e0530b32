import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleFromPlainText, isoDate } from '../../src/core/article-input.js';
import { cleanTitle } from '../../src/core/extract/clean-title.js';
import { pageGenreHint } from '../../src/core/extract/page-genre.js';

describe('headlines in plain-text input', () => {
  it.each([
    [
      'a short first line and a blank line',
      'Tram line opens\n\nThe line opened on Monday.',
      'Tram line opens',
    ],
    [
      'a Markdown title',
      '# Tram line opens on time\n\nThe line opened on Monday.',
      'Tram line opens on time',
    ],
    [
      'a question headline',
      'Will the tram pay off?\n\nThe line opened on Monday.',
      'Will the tram pay off?',
    ],
    [
      'a headline that ends with a full stop',
      'Tram line sends rival bus firms into panic mode.\n\nThe line opened on Monday.',
      'Tram line sends rival bus firms into panic mode.',
    ],
  ])('takes %s as the title', (_, raw, title) => {
    const article = articleFromPlainText(raw, 'a.txt');
    expect(article.title).toBe(title);
    expect(article.text).toBe('The line opened on Monday.');
  });

  it.each([
    [
      'a first paragraph that is a sentence',
      'The line opened on Monday.\n\nIt runs every eight minutes.',
    ],
    [
      'a first sentence without a day, longer than a headline',
      'The city council approved the new tram line to the harbour after a vote that split the ruling coalition.\n\nIt runs every eight minutes.',
    ],
    ['a long first line', `${'word '.repeat(25)}\n\nThe line opened on Monday.`],
    ['no blank line', 'Tram line opens\nThe line opened on Monday.'],
  ])('keeps %s as body text', (_, raw) => {
    const article = articleFromPlainText(raw, 'a.txt');
    expect(article.title).toBeNull();
    expect(article.text).toBe(raw.trim());
  });

  it('reads dates as ISO 8601 and leaves out what does not parse', () => {
    expect(isoDate('2019-11-19T06:56:43-05:00')).toBe('2019-11-19T11:56:43.000Z');
    expect(isoDate(Date.UTC(2026, 0, 2))).toBe('2026-01-02T00:00:00.000Z');
    expect(isoDate('last Tuesday')).toBeNull();
    expect(isoDate(null)).toBeNull();
  });
});

describe('page titles', () => {
  it.each([
    ['Meth campaign draws ridicule | TheHill', 'The Hill', 'Meth campaign draws ridicule'],
    [
      'Disney+ glitches blamed on demand - Los Angeles Times',
      'Los Angeles Times',
      'Disney+ glitches blamed on demand',
    ],
    [
      'The Guardian view on Hong Kong: a city on the brink | Editorial',
      'the Guardian',
      'The Guardian view on Hong Kong: a city on the brink',
    ],
    ['We needed to win this&nbsp;game', null, 'We needed to win this game'],
    ['Dow falls - live updates', 'Markets Daily', 'Dow falls - live updates'],
    ['Friday Facts #282 - 0.17 in sight | Factorio', null, 'Friday Facts #282 - 0.17 in sight'],
  ])('cleans "%s"', (title, site, expected) => {
    expect(cleanTitle(title, site)).toBe(expected);
  });
});

function page(head: string, body = '<p>Text.</p>'): Document {
  return parseHTML(`<html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

describe("a page's own word on its genre", () => {
  it.each([
    [
      'schema.org OpinionNewsArticle',
      page('<script type="application/ld+json">{"@type":"OpinionNewsArticle"}</script>'),
      undefined,
      'opinion',
    ],
    [
      'an opinion articleSection',
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","articleSection":"Opinion"}</script>',
      ),
      undefined,
      'opinion',
    ],
    [
      'article:section Commentary',
      page('<meta property="article:section" content="Commentary">'),
      undefined,
      'opinion',
    ],
    [
      'a /commentisfree/ address',
      page(''),
      'https://www.theguardian.com/commentisfree/2019/nov/18/view',
      'opinion',
    ],
    [
      'an /analysis/ address',
      page(''),
      'https://news.example/analysis/2020/why-rates-rise',
      'analysis',
    ],
    [
      'a "Column:" kicker',
      page('<title>Column: The end of local news</title>'),
      undefined,
      'opinion',
    ],
    [
      'a review tag',
      page('<meta name="news_keywords" content="science-fiction, books, slate-book-review">'),
      undefined,
      'opinion',
    ],
    [
      'an analysis tag in JSON-LD keywords',
      page(
        '<script type="application/ld+json">{"keywords":["Front Page","Analyzing Snap Counts"]}</script>',
      ),
      undefined,
      'analysis',
    ],
    [
      "the disclaimer that the views are the author's",
      page(
        '',
        '<p>Views and opinions expressed in this article are those of the author alone.</p>',
      ),
      undefined,
      'opinion',
    ],
  ])('reads %s', (_, document, url, label) => {
    expect(pageGenreHint(document, url)?.label).toBe(label);
  });

  it('says nothing for a plain news page, even with "opinion" in its slug', () => {
    const document = page('<meta property="og:type" content="article"><title>Poll shifts</title>');
    expect(pageGenreHint(document, 'https://news.example/politics/opinion-poll-shifts')).toBeNull();
  });

  it('does not take a newspaper named "…-Review" for a review, nor a tag that mentions one', () => {
    const document = page(
      '<title>Ad agencies divided | The Spokesman-Review</title>' +
        '<meta property="article:tag" content="judicial review of the pipeline">',
    );
    expect(
      pageGenreHint(document, 'https://www.spokesman.com/stories/2019/nov/19/meth'),
    ).toBeNull();
  });
});
