import { articleFromPage, articleFromPlainText } from '../core/article-input.js';
import type { Fetcher } from '../core/fetch-outcome.js';
import type { ArticleInput } from '../core/types.js';
import { extractArticleLazily } from './lazy-parsers.js';

/** An article read from the web, or why there is none, in words fit to show. */
export type FetchedArticle = { ok: true; article: ArticleInput } | { ok: false; reason: string };

/**
 * The one way Lede fetches and extracts an article, for `/news summarize` and for feed items
 * alike: through the fetcher, a `text/plain` answer read as plain text (a headline line becomes
 * the title), anything else through the page extractor.
 */
export async function fetchArticle(fetcher: Fetcher, url: string): Promise<FetchedArticle> {
  const outcome = await fetcher.fetch({ url, accept: 'article' });
  if (outcome.kind !== 'ok') return { ok: false, reason: outcome.message };
  if (outcome.contentType === 'text/plain') {
    const article = { ...articleFromPlainText(outcome.text, outcome.url), url: outcome.url };
    return article.text === '' ? noText(outcome.url) : { ok: true, article };
  }
  const page = await extractArticleLazily(outcome.text, outcome.url);
  if (!page || page.text.trim() === '') return noText(outcome.url);
  return { ok: true, article: articleFromPage(page, outcome.url) };
}

function noText(url: string): FetchedArticle {
  return { ok: false, reason: `No article text found at ${url}.` };
}
