import type { ExtractedArticle } from '../core/extract.js';
import type { ParseFeedOutcome } from '../core/feed/types.js';

/*
 * The HTML and feed parsers (linkedom with Readability, feedsmith) take about a second of CPU to
 * load. Lede loads them with the first page or feed it reads, so console mode and commands that
 * never read one start without them.
 */

export async function extractArticleLazily(
  html: string,
  baseUrl?: string,
): Promise<ExtractedArticle | null> {
  const { extractArticle } = await import('../core/extract.js');
  return extractArticle(html, baseUrl);
}

export async function parseFeedLazily(
  text: string,
  contentType?: string,
  url?: string,
): Promise<ParseFeedOutcome> {
  const { parseFeed } = await import('../core/feed/parse-feed.js');
  return parseFeed(text, contentType, url);
}
