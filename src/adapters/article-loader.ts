import type { Fetcher } from '../core/fetch-outcome.js';
import type { ArticleInput } from '../core/types.js';
import { UserError } from '../errors.js';
import { fetchArticle } from '../services/fetch-article.js';
import { DEFAULT_MAX_BYTES } from './http/fetch-limits.js';
import { loadLocalSource } from './local-source.js';

export type LoadArticle = (source: string) => Promise<ArticleInput>;

/**
 * Turns what someone typed into article text. Web links go through the safe fetcher and the
 * extractor. Local files are read only where the person typing owns the machine (the CLI and
 * console mode): in chat, a file path from a stranger must never reach the disk.
 */
export function createArticleLoader(
  fetcher: Fetcher,
  options: { allowFiles: boolean; maxFileBytes?: number },
): LoadArticle {
  return async (source) => {
    const trimmed = source.trim().replace(/^<(.*)>$/, '$1');
    if (/^https?:\/\//i.test(trimmed)) return loadFromWeb(fetcher, trimmed);
    if (options.allowFiles)
      return loadLocalSource(trimmed, options.maxFileBytes ?? DEFAULT_MAX_BYTES);
    throw new UserError('Give a link to the article, starting with https://.');
  };
}

async function loadFromWeb(fetcher: Fetcher, url: string): Promise<ArticleInput> {
  const fetched = await fetchArticle(fetcher, url);
  if (!fetched.ok) throw new UserError(fetched.reason);
  return fetched.article;
}
