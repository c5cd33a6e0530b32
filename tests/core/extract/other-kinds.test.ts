import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { createEngine } from '../../../src/core/engine.js';
import { extractArticle } from '../../../src/core/extract.js';

// Issue 12, genre notes on pages that are neither news nor opinion. The body reads as argument
// to the text signals (second person, first person, a verdict), as fact-checks and paid posts do.
const BODY = [
  'You have probably seen the picture of the senator in a stadium that went round last week.',
  'We looked at where it came from, and you should know that it was taken in 2009, not this year.',
  'I asked the photographer, who said the senator was at the match as a guest of the club.',
  'The post that shared it says the senator skipped a vote to watch the game, which seems wrong.',
  'Our verdict is that the claim is false: the vote the post names took place the day after.',
  'You can check the record of that vote yourself on the website of the senate.',
  'We will update this page if the person who posted the picture answers our questions.',
];

const page = (head: string, extra = '') =>
  `<html><head><title>Did the senator skip a vote?</title>${head}</head><body><article>${BODY.map(
    (s) => `<p>${s}</p>`,
  ).join('')}${extra}</article></body></html>`;

const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });

async function analyse(html: string, url = 'https://checks.example/2024/senator-vote.html') {
  const article = extractArticle(html, url)!;
  return engine.analyze({
    text: article.text,
    title: article.title,
    source: url,
    url,
    genreHint: article.genreHint,
  });
}

const genreNotes = async (html: string, url?: string) =>
  (await analyse(html, url)).notes.filter((n) => n.kind === 'genre');

describe('a fact-check or a sponsored post gets no genre note, whatever its text signals', () => {
  it('reads the page as opinion when it says nothing of itself (the signals are strong)', async () => {
    expect((await genreNotes(page(''))).map((n) => n.message)).toEqual([
      expect.stringMatching(/^Reads as (opinion|analysis)/),
    ]);
  });

  it('takes schema.org ClaimReview for a fact-check', async () => {
    const jsonLd =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","reviewRating":{"alternateName":"False"}}</script>';
    const analysis = await analyse(page(jsonLd));
    expect(analysis.notes.filter((n) => n.kind === 'genre')).toEqual([]);
    expect(analysis.genre.evidence[0]).toMatch(/ClaimReview/);
  });

  it('takes an address under /fact-check/ for a fact-check', async () => {
    const url = 'https://news.example/fact-check/senator-stadium-photo/';
    expect(await genreNotes(page(''), url)).toEqual([]);
  });

  it.each([
    ['<p>This post is sponsored by Northwind Outdoor. All opinions are my own.</p>'],
    ['<p>I have been compensated by #Northwind for this post.</p>'],
    ['<p>Thanks for reading! #ad #hiking</p>'],
    ['<p>I was compensated for this review, but the views are mine.</p>'],
    ['<div><a href="/share">Reddit</a>This shop has been compensated by #Northwind.</div>'],
  ])('takes a paid post’s disclosure for a sponsored post: %s', async (disclosure) => {
    expect(await genreNotes(page('', disclosure))).toEqual([]);
  });

  it.each([
    ['<p>The bill, sponsored by Senator Ruiz, passed on Tuesday.</p>'],
    ['<p>Residents have been compensated by the state for the flood.</p>'],
    ['<p>This article contains affiliate links; we may earn a commission.</p>'],
    ['<script>var slots = ["#ad-top", ".banner"];</script>'],
  ])('still notes the genre when the words only look like a disclosure: %s', async (extra) => {
    expect(await genreNotes(page('', extra))).toHaveLength(1);
  });
});

describe('a text without its page', () => {
  const text = [...BODY, 'This post is sponsored by Northwind Outdoor.'].join(' ');

  it('gets no genre note when the text itself discloses that it is sponsored', async () => {
    const analysis = await engine.analyze({ text, title: null, source: 'post.txt' });
    expect(analysis.notes.filter((n) => n.kind === 'genre')).toEqual([]);
    expect(analysis.genre.evidence[0]).toBe('the text discloses that it is sponsored');
  });

  it('still gets one without the disclosure', async () => {
    const analysis = await engine.analyze({
      text: BODY.join(' '),
      title: null,
      source: 'post.txt',
    });
    expect(analysis.notes.filter((n) => n.kind === 'genre')).toHaveLength(1);
  });
});
