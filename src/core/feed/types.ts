export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

/** One feed entry in Lede's shape, whatever format it came from. */
export interface NormalizedItem {
  /** Dedupe identity: the guid when stable, else the canonical URL, else a title+date hash. */
  id: string;
  /** The guid / Atom id / JSON Feed id exactly as the feed gave it (trimmed), if any. */
  guid: string | null;
  /** Absolute URL with tracking parameters removed. */
  url: string | null;
  /** Plain text: tags stripped, entities decoded, whitespace collapsed. */
  title: string | null;
  author: string | null;
  /** Milliseconds since the epoch (UTC); null when the feed gave no date Lede can read. */
  publishedAt: number | null;
  /** Plain text. */
  summary: string | null;
  /** The richest HTML body the feed offers, unsanitised. */
  contentHtml: string | null;
}

export interface NormalizedFeed {
  format: FeedFormat;
  title: string | null;
  /** The site's home page, absolute. */
  url: string | null;
  /** The Atom feed id or JSON Feed feed_url, if any. */
  id: string | null;
  description: string | null;
  items: NormalizedItem[];
}

export type ParseFeedOutcome =
  | { kind: 'ok'; feed: NormalizedFeed }
  | { kind: 'parse-error'; message: string; partial?: NormalizedFeed };

/** An item mapped from a format, before identities are assigned. */
export type DraftItem = Omit<NormalizedItem, 'id'>;
