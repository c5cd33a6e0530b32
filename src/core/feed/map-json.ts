import type { JsonFeed } from 'feedsmith';
import { resolveUrl } from './clean-url.js';
import type { MappedFeed } from './map-rss.js';
import { textOf, toDraftItem } from './map-shared.js';
import { nonEmpty } from './plain-text.js';
import type { DraftItem } from './types.js';

type JsonItem = JsonFeed.Item<string>;

/** JSON Feed 1.0 had a single `author`; 1.1 has `authors`. */
function jsonAuthor(item: JsonItem, feed: JsonFeed.Feed<string>): string | undefined {
  const legacy = (item as { author?: JsonFeed.Author }).author;
  return (item.authors?.[0] ?? legacy ?? feed.authors?.[0])?.name;
}

function mapJsonItem(item: JsonItem, feed: JsonFeed.Feed<string>, base: string | null): DraftItem {
  const html = item.content_html ? { value: item.content_html } : undefined;
  const text = item.content_text ? { value: item.content_text, type: 'text' } : undefined;
  return toDraftItem({
    guid: item.id === undefined ? undefined : String(item.id),
    link: item.url ?? item.external_url,
    title: item.title ? { value: item.title, type: 'text' } : undefined,
    author: jsonAuthor(item, feed),
    dates: [item.date_published, item.date_modified],
    summary: item.summary ? { value: item.summary, type: 'text' } : text,
    content: html ?? text,
    base,
  });
}

export function mapJson(feed: JsonFeed.Feed<string>, documentUrl: string | null): MappedFeed {
  const link = resolveUrl(feed.home_page_url, documentUrl);
  return {
    title: textOf(feed.title ? { value: feed.title, type: 'text' } : undefined),
    link,
    id: nonEmpty(feed.feed_url?.trim()),
    description: textOf(feed.description ? { value: feed.description, type: 'text' } : undefined),
    items: (feed.items ?? []).map((item) => mapJsonItem(item, feed, documentUrl ?? link)),
  };
}
