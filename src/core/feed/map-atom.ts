import type { AtomFeed } from 'feedsmith';
import { resolveBase, resolveUrl } from './clean-url.js';
import type { MappedFeed } from './map-rss.js';
import { alternateLink, scopedBase, textOf, toDraftItem } from './map-shared.js';
import { nonEmpty } from './plain-text.js';
import type { DraftItem } from './types.js';

type AtomEntry = AtomFeed.Entry<string>;

function atomAuthor(entry: AtomEntry, feed: AtomFeed.Feed<string>): string | undefined {
  const person = entry.authors?.[0] ?? entry.source?.authors?.[0] ?? feed.authors?.[0];
  return person?.name ?? person?.email ?? entry.dc?.creators?.[0];
}

/** Atom content with a `src` is out-of-line: there is no body to keep. */
function inlineContent(entry: AtomEntry): AtomFeed.Content | undefined {
  const content = entry.content;
  return content?.value && !content.src ? content : undefined;
}

function mapAtomEntry(
  entry: AtomEntry,
  feed: AtomFeed.Feed<string>,
  feedBase: string | null,
): DraftItem {
  return toDraftItem({
    guid: entry.id,
    link: alternateLink(entry.links),
    title: entry.title,
    author: atomAuthor(entry, feed),
    dates: [entry.published, entry.updated, entry.dc?.dates?.[0], entry.dcterms?.issued?.[0]],
    summary: entry.summary,
    content: inlineContent(entry),
    base: scopedBase(entry.xml?.base, feedBase),
  });
}

export function mapAtom(feed: AtomFeed.Feed<string>, documentUrl: string | null): MappedFeed {
  const base = resolveBase(feed.xml?.base, documentUrl);
  const link = resolveUrl(alternateLink(feed.links), base);
  return {
    title: textOf(feed.title),
    link,
    id: nonEmpty(feed.id?.trim()),
    description: textOf(feed.subtitle),
    items: (feed.entries ?? []).map((entry) => mapAtomEntry(entry, feed, base ?? link)),
  };
}
