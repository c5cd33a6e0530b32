import { type Opml, parseOpml as parseOpmlDocument } from 'feedsmith';
import { resolveUrl } from './clean-url.js';
import { nonEmpty, plainText } from './plain-text.js';

export interface OpmlFeed {
  url: string;
  title?: string;
  htmlUrl?: string;
}

export interface OpmlSubscriptions {
  title?: string;
  feeds: OpmlFeed[];
}

type Outline = Opml.Outline<string>;

/** Feed types that are subscriptions; `type` is often missing in exports, so xmlUrl alone counts. */
const FEED_TYPES = new Set(['rss', 'atom', 'rdf', 'json', 'feed']);

function feedOf(outline: Outline): OpmlFeed | null {
  const type = outline.type?.toLowerCase();
  if (type && !FEED_TYPES.has(type)) return null;
  const url = resolveUrl(outline.xmlUrl);
  if (!url) return null;
  const title = nonEmpty(plainText(outline.title ?? outline.text ?? ''));
  const htmlUrl = resolveUrl(outline.htmlUrl);
  return { url, ...(title ? { title } : {}), ...(htmlUrl ? { htmlUrl } : {}) };
}

function collectFeeds(outlines: Outline[] | undefined, into: OpmlFeed[], seen: Set<string>) {
  for (const outline of outlines ?? []) {
    const feed = feedOf(outline);
    if (feed && !seen.has(feed.url)) {
      seen.add(feed.url);
      into.push(feed);
    }
    collectFeeds(outline.outlines, into, seen);
  }
}

/**
 * Reads an OPML 1.0/2.0 subscription list: every outline with an http(s) xmlUrl, at any depth
 * (folders are flattened), in document order, first occurrence kept. Throws nothing: a file that
 * is not OPML gives an empty list.
 */
export function parseOpml(xml: string): OpmlSubscriptions {
  let document: Opml.Document<string>;
  try {
    document = parseOpmlDocument(xml);
  } catch {
    return { feeds: [] };
  }
  const feeds: OpmlFeed[] = [];
  collectFeeds(document.body?.outlines, feeds, new Set());
  const title = nonEmpty(plainText(document.head?.title ?? ''));
  return title ? { title, feeds } : { feeds };
}
