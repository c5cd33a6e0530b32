import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.js';
import { runLede } from '../../helpers/run-lede.js';

function rss(items: { id: string; title: string; body: string }[]): string {
  const entries = items
    .map(
      (item, i) => `<item><guid>${item.id}</guid><title>${item.title}</title>
      <link>https://example.org/${item.id}</link>
      <pubDate>Sun, 29 Nov 2026 0${i}:00:00 GMT</pubDate>
      <description><![CDATA[<p>${item.body}</p>]]></description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Gazette</title>
    <link>https://example.org/</link>${entries}</channel></rss>`;
}

const body = (topic: string) =>
  [
    `The city council voted 7 to 2 on Tuesday to approve ${topic}.`,
    'The plan will cost about $4.2 million over two years, according to the public works department.',
    'Council member Ana Ruiz said the work was overdue and that residents had waited long enough.',
    'Council member Tom Hale voted against the plan and said the city should first seek state money.',
    'Residents who spoke at the meeting asked how long the work would take and who would pay.',
    'The department said work could begin in June if contracts are signed in time.',
    'A second vote on the budget is planned for next month, when the council reviews spending.',
  ].join(' ');

describe('feed and schedule commands in console mode', () => {
  let server: LocalServer;

  beforeAll(async () => {
    server = await startLocalServer();
    server.route('/feed.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        rss([
          { id: 'a', title: 'Bridge repairs approved', body: body('bridge repairs') },
          { id: 'b', title: 'Library hours extended', body: body('library hours') },
        ]),
      );
    });
    server.route('/page.html', (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><body><p>Not a feed.</p></body></html>');
    });
  });

  afterAll(() => server.close());

  it('adds a feed, lists it, digests it, sets a schedule, removes the feed, all in one session', async () => {
    const input = [
      `/news feeds add url:${server.origin}/feed.xml`,
      '/news feeds list',
      '/news digest since:7d',
      '/news schedule set cron:weekdays 17:30 timezone:America/New_York max:5',
      '/news schedule show',
      `/news feeds remove feed:${server.origin}/feed.xml`,
      '/news feeds list',
      '/news schedule clear',
      '/news schedule show',
      '',
    ].join('\n');
    const run = await runLede(['start'], { input, env: { LEDE_ALLOW_PRIVATE_HOSTS: '127.0.0.1' } });
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toContain('Following **Harbor Gazette**');
    expect(out).toContain('2 item(s) in the feed now');
    expect(out).toMatch(
      /\*\*Harbor Gazette\*\* — \[127\.0\.0\.1:\d+\/feed\.xml\]\(http:\/\/127\.0\.0\.1:\d+\/feed\.xml\) — ok/,
    );
    expect(out).toContain('### [Bridge repairs approved](https://example.org/a)');
    expect(out).toContain('- The city council voted 7 to 2 on Tuesday to approve bridge repairs.');
    expect(out).toContain(
      // Markdown: the zone's `_` is escaped, as all text from outside Lede is.
      '**weekdays 17:30** (America/New\\_York; cron `30 17 * * 1-5`), up to 5 stories.',
    );
    expect(out).toContain('This channel no longer follows **Harbor Gazette**.');
    expect(out).toContain('This channel follows no feeds yet.');
    expect(out).toContain('The scheduled digest is off.');
    expect(out).toContain('No schedule here.');
  });

  it('explains bad feeds and bad schedules, and keeps the data it had', async () => {
    const input = [
      `/news feeds add url:${server.origin}/page.html`,
      '/news feeds add url:ftp://example.org/feed',
      '/news schedule set cron:every tuesday-ish',
      '/news schedule set cron:daily 08:00 timezone:Mars/Olympus',
      '/news digest since:forever',
      '/news feeds list',
      '',
    ].join('\n');
    const run = await runLede(['start'], { input, env: { LEDE_ALLOW_PRIVATE_HOSTS: '127.0.0.1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/HTML, not a feed/);
    expect(run.stdout).toContain('Give the feed’s link, starting with https://.');
    expect(run.stdout).toContain('is not a schedule Lede knows');
    expect(run.stdout).toContain('"Mars/Olympus" is not a time zone Lede knows');
    expect(run.stdout).toContain('\\`since\\` takes a number and m, h or d');
    expect(run.stdout).toContain('This channel follows no feeds yet.');
  });
});
