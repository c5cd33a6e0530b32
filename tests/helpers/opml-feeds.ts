import type { LocalServer } from './local-server.js';

const rss = (title: string) => `<?xml version="1.0"?><rss version="2.0"><channel>
  <title>${title}</title><link>https://example.org/</link>
  <item><guid>a</guid><title>Bridge repairs approved</title><link>https://example.org/a</link></item>
  </channel></rss>`;

/** An OPML list (folders nested) of two feeds, a web page and a missing file on `origin`. */
export function opmlListing(origin: string): string {
  return `<?xml version="1.0"?><opml version="2.0"><head><title>My feeds</title></head><body>
    <outline text="News"><outline text="Harbor Gazette" type="rss" xmlUrl="${origin}/gazette.xml"/>
      <outline text="Hill Herald" type="rss" xmlUrl="${origin}/herald.xml"/></outline>
    <outline text="A web page" type="rss" xmlUrl="${origin}/page.html"/>
    <outline text="Gone" type="rss" xmlUrl="${origin}/gone.xml"/>
  </body></opml>`;
}

/** Serves the addresses `opmlListing` names. */
export function serveOpmlFeeds(server: LocalServer): void {
  server.route('/gazette.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Harbor Gazette'));
  });
  server.route('/herald.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Hill Herald'));
  });
  server.route('/page.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Hello</body></html>');
  });
  server.route('/gone.xml', (_req, res) => {
    res.writeHead(404).end();
  });
}
