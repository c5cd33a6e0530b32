import type { Fetcher } from '../core/fetch-outcome.js';
import { countWords, htmlToBlockText } from '../core/html-text.js';
import { fetchArticle } from './fetch-article.js';

/** The fields of a feed item (parsed or stored) that can hold its text. */
export interface ItemTextSource {
  url: string | null;
  summary: string | null;
  contentHtml: string | null;
}

export type ItemText =
  | { text: string; from: 'content' | 'article' | 'summary'; url: string | null }
  | { text: null; reason: string };

export interface ItemTextOptions {
  /** A feed body at least this long is the article itself; shorter ones are teasers. */
  minWords?: number;
}

/**
 * Finds an item's article text: the feed's own body when it is a whole article, else the linked
 * page (fetched and extracted), else the longer of the body and the summary. Never throws.
 */
export function createItemText(fetcher: Fetcher, options: ItemTextOptions = {}) {
  const minWords = options.minWords ?? 120;
  return async (item: ItemTextSource): Promise<ItemText> => {
    try {
      const content = item.contentHtml ? htmlToBlockText(item.contentHtml) : '';
      if (countWords(content) >= minWords) return { text: content, from: 'content', url: item.url };
      const page = item.url
        ? await articleText(fetcher, item.url)
        : { text: null, reason: 'The item has no link.' };
      if (page.text !== null) return page;
      const fallback = [content, item.summary?.trim() ?? ''].sort(
        (a, b) => b.length - a.length,
      )[0]!;
      if (fallback !== '') return { text: fallback, from: 'summary', url: item.url };
      return { text: null, reason: page.reason };
    } catch (error) {
      return { text: null, reason: `Could not read the item: ${(error as Error).message}` };
    }
  };
}

export type ItemTextReader = ReturnType<typeof createItemText>;

async function articleText(fetcher: Fetcher, url: string): Promise<ItemText> {
  const fetched = await fetchArticle(fetcher, url);
  if (!fetched.ok) return { text: null, reason: fetched.reason };
  return { text: fetched.article.text, from: 'article', url: fetched.article.url ?? url };
}
