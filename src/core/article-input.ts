import type { ExtractedArticle } from './extract.js';
import type { ArticleInput } from './types.js';

/** A first line this short, followed by a blank line, is a headline rather than body text. */
const MAX_HEADLINE_WORDS = 20;
/**
 * Some sources end headlines with a full stop. Such a line is still the headline when it is
 * shorter than a lede sentence usually is and has none of a lede's marks: a day or a reporting
 * verb ("The line opened on Monday." stays body text).
 */
const MAX_SENTENCE_HEADLINE_WORDS = 16;
const LEDE_MARKS =
  /\b(?:said|says|told|announced|yesterday|today|tonight|(?:on|last|this|next) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year))\b/i;

function readsAsHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (words > MAX_HEADLINE_WORDS || /[:;,]["”’)]?$/.test(line)) return false;
  if (!/[.!]["”’)]?$/.test(line)) return true;
  return words <= MAX_SENTENCE_HEADLINE_WORDS && !LEDE_MARKS.test(line) && !/[.!?] /.test(line);
}

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
    if ((hashes || readsAsHeadline(headline)) && body!.trim() !== '') {
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
