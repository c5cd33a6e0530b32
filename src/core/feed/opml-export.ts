import { generateOpml } from 'feedsmith';

export interface ExportedFeed {
  url: string;
  title: string;
}

/**
 * An OPML 2.0 subscription list of `feeds`, as feed readers import it. Backticks in titles
 * become apostrophes: the list may be shown inside a code block, which a backtick would end.
 */
export function exportOpml(title: string, feeds: readonly ExportedFeed[]): string {
  const plain = (text: string) => text.replaceAll('`', "'");
  return generateOpml({
    head: { title: plain(title) },
    body: {
      outlines: feeds.map((feed) => ({
        text: plain(feed.title),
        title: plain(feed.title),
        type: 'rss',
        xmlUrl: feed.url,
      })),
    },
  });
}
