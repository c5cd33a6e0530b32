import type { RdfFeed, RssFeed } from 'feedsmith';
import { resolveBase, resolveUrl } from './clean-url.js';
import { alternateLink, type RawItem, scopedBase, textOf, toDraftItem } from './map-shared.js';
import { nonEmpty } from './plain-text.js';
import type { DraftItem } from './types.js';

type RssItem = RssFeed.Item<string>;
type RdfItem = RdfFeed.Item<string>;

export interface MappedFeed {
  title: string | null;
  /** The site link, absolute. */
  link: string | null;
  id: string | null;
  description: string | null;
  items: DraftItem[];
}

function rssAuthor(item: RssItem): string | undefined {
  const person = item.authors?.[0];
  return person?.name ?? person?.email ?? item.dc?.creators?.[0] ?? item.itunes?.author;
}

/** An RSS guid is the item's link when no <link> is given and it is not isPermaLink="false". */
function rssLink(item: RssItem): string | undefined {
  if (item.link?.trim()) return item.link;
  const guid = item.guid;
  if (guid?.value && guid.isPermaLink !== false && /^https?:\/\//i.test(guid.value)) {
    return guid.value;
  }
  return alternateLink(item.atom?.links);
}

function mapRssItem(item: RssItem, feedBase: string | null): DraftItem {
  const raw: RawItem = {
    guid: item.guid?.value ?? item.atom?.id,
    link: rssLink(item),
    title: { value: item.title ?? item.dc?.titles?.[0] ?? item.media?.title?.value ?? '' },
    author: rssAuthor(item),
    dates: [
      item.pubDate,
      item.dc?.dates?.[0],
      item.dcterms?.issued?.[0],
      item.dcterms?.created?.[0],
      item.atom?.published,
      item.atom?.updated,
    ],
    summary: item.description ? { value: item.description } : undefined,
    content: item.content?.encoded ? { value: item.content.encoded } : undefined,
    base: scopedBase(item.xml?.base, feedBase),
  };
  return toDraftItem(raw);
}

export function mapRss(feed: RssFeed.Feed<string>, documentUrl: string | null): MappedFeed {
  const base = resolveBase(feed.xml?.base, documentUrl);
  const link = resolveUrl(feed.link ?? alternateLink(feed.atom?.links), base);
  return {
    title: textOf({ value: feed.title ?? feed.dc?.titles?.[0] ?? '' }),
    link,
    id: nonEmpty(feed.atom?.id?.trim()),
    description: textOf({ value: feed.description ?? '' }),
    items: (feed.items ?? []).map((item) => mapRssItem(item, base ?? link)),
  };
}

function mapRdfItem(item: RdfItem, feedBase: string | null): DraftItem {
  return toDraftItem({
    guid: item.rdf?.about,
    link: item.link ?? item.rdf?.about,
    title: { value: item.title ?? item.dc?.titles?.[0] ?? '' },
    author: item.dc?.creators?.[0],
    dates: [item.dc?.dates?.[0], item.dcterms?.issued?.[0], item.dcterms?.created?.[0]],
    summary: item.description ? { value: item.description } : undefined,
    content: item.content?.encoded ? { value: item.content.encoded } : undefined,
    base: scopedBase(item.xml?.base, feedBase),
  });
}

export function mapRdf(feed: RdfFeed.Feed<string>, documentUrl: string | null): MappedFeed {
  const base = resolveBase(feed.xml?.base, documentUrl);
  const link = resolveUrl(feed.link, base);
  return {
    title: textOf({ value: feed.title ?? feed.dc?.titles?.[0] ?? '' }),
    link,
    id: nonEmpty(feed.rdf?.about?.trim() ?? null),
    description: textOf({ value: feed.description ?? '' }),
    items: (feed.items ?? []).map((item) => mapRdfItem(item, base ?? link)),
  };
}
