import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/extract');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const URL = 'https://example.com/news/story.html';

const SENTENCE =
  'The council voted on Tuesday to approve the new budget for the coming year, after a long debate about road repairs and schools.';
const paragraphs = (n: number) => `<p>${SENTENCE}</p>`.repeat(n);

describe('extractArticle on odd and hostile HTML', () => {
  it('returns null for empty or blank input', () => {
    expect(extractArticle(fixture('empty.html'))).toBeNull();
    expect(extractArticle(' \n\t ')).toBeNull();
    expect(extractArticle('<html></html>')).toBeNull();
    expect(extractArticle('<body></body>', URL)).toBeNull();
  });

  it('returns null for a page that is only navigation and a sign-in form', () => {
    expect(extractArticle(fixture('non-article.html'), URL)).toBeNull();
  });

  it('returns null for plain text that is not markup', () => {
    expect(extractArticle('just a few words')).toBeNull();
  });

  it('reads the article of a page without <html> or <body> tags', () => {
    const article = extractArticle(fixture('no-body.html'), URL);
    expect(article?.title).toBe('Bridge reopens after repairs');
    expect(article?.text).toMatch(/^The old bridge over the river reopened/);
  });

  it('recovers the text of markup with unclosed and mismatched tags', () => {
    const article = extractArticle(fixture('malformed.txt'), URL);
    expect(article?.title).toBe('Unclosed tags everywhere');
    expect(article?.text).toContain('never closes its tags properly');
    expect(article?.text).toContain('the library extension');
  });

  it('decodes HTML entities in the text and the title and keeps the page language', () => {
    const article = extractArticle(fixture('entities.html'), URL)!;
    expect(article.title).toBe('Café prices rise & fall');
    expect(article.lang).toBe('fr');
    expect(article.text).toContain('the café “Le Petit” rose by 5 % in March — the owner’s third');
    expect(article.text).toContain('Customers said <nothing> about it');
  });

  it('turns <br><br>-separated text into paragraphs separated by a blank line', () => {
    const text = extractArticle(fixture('br-paragraphs.html'), URL)!.text;
    const parts = text.split('\n\n');
    expect(parts).toHaveLength(4);
    expect(parts[1]).toMatch(/^Engineers expect repairs/);
    expect(parts[3]).toMatch(/^A public meeting is planned/);
  });

  it('keeps the lines of a <pre> block as one paragraph', () => {
    const text = extractArticle(fixture('pre-block.html'), URL)!.text;
    expect(text).toContain('\n\nGET /index.html 200\nGET /missing 404\nPOST /login    302\n\n');
  });

  it('writes list items as marked paragraphs, numbering from the list start', () => {
    const text = extractArticle(fixture('lists.html'), URL)!.text;
    expect(text).toContain('- More money for road repairs\n\n- A new bus route to the hospital');
    expect(text).toContain('3. Library extension\n\n4. School roofs');
  });

  it('writes one table row per paragraph with its cells spaced apart', () => {
    const text = extractArticle(fixture('table.html'), URL)!.text;
    expect(text).toContain('District Turnout\n\nNorth 61%\n\nSouth 58%');
  });

  it('leaves out captions, stock furniture, pointers to other stories and a repeated headline', () => {
    const article = extractArticle(fixture('caption-and-furniture.html'), URL)!;
    expect(article.text).toMatch(/^The harbour welcomed its new electric ferry/);
    for (const gone of ['Photo: J. Smith', 'Advertisement', 'Read more', 'Local news', 'Home']) {
      expect(article.text).not.toContain(gone);
    }
    expect(article.text.split('\n\n')).toHaveLength(3);
  });

  it('leaves out captions, credits, hover cards, newsletter boxes, time stamps and bios', () => {
    const article = extractArticle(fixture('page-furniture.html'), URL)!;
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^NORTHPORT — The ferry between Northport and Elm Island/);
    expect(paragraphs[1]).toBe(
      'Harbour director Ines Duarte said the repairs cost 1.2 million euros, about a third less than first estimated.',
    );
    for (const gone of [
      'gulls over the stern',
      'Getty Images',
      'Ines Maria Duarte',
      'Harbour fees to rise',
      'delivered weekday mornings',
      'SUBSCRIBE',
      '9:28 AM UTC',
      'is a reporter for',
    ]) {
      expect(article.text).not.toContain(gone);
    }
    expect(paragraphs).toHaveLength(4);
  });

  it('ignores a multi-megabyte inline script', () => {
    const script = `<script>var junk = "${'a<b>c</b>'.repeat(400_000)}";</script>`;
    const html = `<html><head><title>Big script</title>${script}</head><body><article>${script}${paragraphs(3)}</article></body></html>`;
    const article = extractArticle(html, URL);
    expect(article?.text).toBe([SENTENCE, SENTENCE, SENTENCE].join('\n\n'));
  });

  it('still finds the text under a thousand nested <div>s', () => {
    const html = `<html><body>${'<div>'.repeat(1000)}${paragraphs(3)}${'</div>'.repeat(1000)}</body></html>`;
    expect(extractArticle(html, URL)?.text).toContain(SENTENCE);
  });

  // How long it takes is the complexity row of `npm run bench`; here, that it is refused.
  it('refuses absurdly deep markup instead of parsing it', () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}${paragraphs(3)}${'</div>'.repeat(50_000)}</body></html>`;
    expect(extractArticle(html, URL)).toBeNull();
  });
});
