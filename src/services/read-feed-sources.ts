import pLimit from 'p-limit';
import { parseOpml } from '../core/feed/opml.js';
import { parseFeed } from '../core/feed/parse-feed.js';
import type { NormalizedItem } from '../core/feed/types.js';
import type { Fetcher } from '../core/fetch-outcome.js';
import { UserError } from '../errors.js';
import type { DigestItemInput } from './build-feed-digest.js';

export interface FeedSourceDeps {
  fetcher: Fetcher;
  /** A local file as text; a UserError names what is wrong with it. */
  readLocal(path: string): Promise<string>;
}

/** The items of every source, ready to digest, and one line per source that failed. */
export interface FeedSourceItems {
  items: DigestItemInput[];
  errors: string[];
}

interface LoadedFeed {
  title: string | null;
  url: string | null;
  items: NormalizedItem[];
}

interface Loaded {
  feeds: LoadedFeed[];
  errors: string[];
}

const SOURCES_AT_ONCE = 4;

/**
 * Reads feed sources as a person names them: a feed URL, a feed file, or an OPML file whose
 * every feed is fetched. A source that fails is one error line; what it read before stays.
 */
export async function readFeedSources(
  sources: readonly string[],
  deps: FeedSourceDeps,
): Promise<FeedSourceItems> {
  const loaded = await pLimit(SOURCES_AT_ONCE).map(sources, (source) => loadSource(source, deps));
  const feeds = loaded.flatMap((l) => l.feeds);
  return {
    items: feeds.flatMap((feed) => feed.items.map((item) => toDigestInput(item, feed))),
    errors: loaded.flatMap((l) => l.errors),
  };
}

async function loadSource(source: string, deps: FeedSourceDeps): Promise<Loaded> {
  if (/^https?:\/\//i.test(source)) return fetchFeed(source, deps.fetcher);
  let text: string;
  try {
    text = await deps.readLocal(source);
  } catch (error) {
    if (error instanceof UserError) return { feeds: [], errors: [error.message] };
    throw error;
  }
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml\b/i.test(text)) {
    const { feeds } = parseOpml(text);
    if (feeds.length === 0)
      return { feeds: [], errors: [`${source}: the OPML file lists no feeds.`] };
    const results = await pLimit(SOURCES_AT_ONCE).map(feeds, (feed) =>
      fetchFeed(feed.url, deps.fetcher, feed.title),
    );
    return { feeds: results.flatMap((r) => r.feeds), errors: results.flatMap((r) => r.errors) };
  }
  return readFeedText(source, text);
}

async function fetchFeed(url: string, fetcher: Fetcher, title?: string): Promise<Loaded> {
  const outcome = await fetcher.fetch({ url, accept: 'feed' });
  if (outcome.kind !== 'ok') return { feeds: [], errors: [`${url}: ${outcome.message}`] };
  return readFeedText(url, outcome.text, outcome.contentType, outcome.url, title);
}

function readFeedText(
  source: string,
  text: string,
  contentType?: string,
  url?: string,
  fallbackTitle?: string,
): Loaded {
  const parsed = parseFeed(text, contentType, url);
  const feed = parsed.kind === 'ok' ? parsed.feed : parsed.partial;
  const loaded = feed
    ? [{ title: feed.title ?? fallbackTitle ?? null, url: url ?? null, items: feed.items }]
    : [];
  if (parsed.kind === 'ok') return { feeds: loaded, errors: [] };
  const kept = feed?.items.length ? ` (read ${feed.items.length} items before that)` : '';
  return { feeds: loaded, errors: [`${source}: ${parsed.message}${kept}`] };
}

function toDigestInput(item: NormalizedItem, feed: LoadedFeed): DigestItemInput {
  const { url, title, summary, contentHtml, publishedAt } = item;
  return { url, title, summary, contentHtml, publishedAt, outlet: feed.title, feedUrl: feed.url };
}
