import type { ExtractedArticle } from './extract.js';
import type { ArticleInput } from './types.js';

/** A first line this short, followed by a blank line, is a headline rather than body text. */
const MAX_HEADLINE_WORDS = 20;

/**
 * A plain-text article as engine input. A Markdown `# Title` line, or a short first line
 * followed by a blank line, is the headline: it becomes the title and leaves the body, so that
 * the most loaded sentence of a partisan piece is not read as its first line of news.
 */
export function articleFromPlainText(raw: string, source: string): ArticleInput {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  const split = /^(#{1,2}[ \t]+)?([^\n]+)\n[ \t]*\n([\s\S]+)$/.exec(text);
  if (split) {
    const [, hashes, line, body] = split;
    const headline = line!.trim();
    const short = headline.split(/\s+/).length <= MAX_HEADLINE_WORDS;
    if ((hashes || (short && !/[.!:;,]["”’)]?$/.test(headline))) && body!.trim() !== '') {
      return { text: body!.trim(), title: headline, source };
    }
  }
  return { text, title: null, source };
}

/** An extracted web page as engine input, with the page's date, site, address and genre. */
export function articleFromPage(article: ExtractedArticle, source: string): ArticleInput {
  return {
    text: article.text,
    title: article.title,
    source,
    published: isoDate(article.publishedTime),
    outlet: article.siteName,
    url: article.url,
    genreHint: article.genreHint,
  };
}

/** ISO 8601 of a date the page gave, or null when it gave none that parses. */
export function isoDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const time = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}
