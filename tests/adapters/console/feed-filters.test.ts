import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from '../../helpers/local-server.js';
import { runLede } from '../../helpers/run-lede.js';

const stories = [
  { id: 'a', title: 'Bridge repairs approved', summary: 'The council approved the repairs.' },
  { id: 'b', title: 'Library hours extended', summary: 'The library opens on Sundays.' },
  { id: 'c', title: 'Football final tonight', summary: 'The city council will attend.' },
  { id: 'd', title: 'Bridges and tunnels', summary: 'A sponsored look at the harbor.' },
];

function rss(): string {
  const entries = stories
    .map(
      (s, i) => `<item><guid>${s.id}</guid><title>${s.title}</title>
      <link>https://example.org/${s.id}</link>
      <pubDate>Sun, 29 Nov 2026 0${i}:00:00 GMT</pubDate>
      <description>${s.summary} The department said work could begin in June if contracts are signed in time, and a second vote is planned for next month.</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Gazette</title>
    <link>https://example.org/</link>${entries}</channel></rss>`;
}

const env = { LEDE_ALLOW_PRIVATE_HOSTS: '127.0.0.1', LEDE_FIRST_POLL_POSTS: '10' };

describe('feed filters in console mode', () => {
  let server: LocalServer;
  let feed: string;

  beforeAll(async () => {
    server = await startLocalServer();
    server.route('/feed.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss());
    });
    feed = `${server.origin}/feed.xml`;
  });

  afterAll(() => server.close());

  it('adds a feed with filters, lists them, and the digest says how many items they held back', async () => {
    const input = [
      `/news feeds add url:${feed} include:bridge, "city council", /librar(y|ies)/ exclude:sponsored`,
      '/news feeds list',
      '/news digest since:7d',
      '',
    ].join('\n');
    const run = await runLede(['start'], { input, env });
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toContain(
      'Filters: include: bridge, "city council", /librar(y\\|ies)/; exclude: sponsored.',
    );
    expect(out).toMatch(
      /— ok — include: bridge, "city council", \/librar\(y\\\|ies\)\/; exclude: sponsored\n/,
    );
    expect(out).toContain('### [Bridge repairs approved](https://example.org/a)');
    expect(out).toContain('### [Library hours extended](https://example.org/b)');
    expect(out).toContain('### [Football final tonight](https://example.org/c)');
    // "Bridges" is not the whole word "bridge", and "sponsored" is excluded either way.
    expect(out).not.toContain('Bridges and tunnels');
    expect(out).toContain('The feed filters held back 1 item.');
  });

  it('changes and clears filters with feeds filter; an empty value clears one list', async () => {
    const input = [
      `/news feeds add url:${feed}`,
      `/news feeds filter feed:${feed} exclude:football, sponsored`,
      '/news digest since:7d',
      `/news feeds filter feed:${feed} include:library exclude:`,
      '/news feeds list',
      `/news feeds filter feed:${feed} include:-`,
      '/news digest since:7d',
      '',
    ].join('\n');
    const run = await runLede(['start'], { input, env });
    expect(run.code).toBe(0);
    const [, afterExclude, afterInclude, afterClear] = run.stdout.split('## Feed filters');
    expect(afterExclude).toContain('**Harbor Gazette**: exclude: football, sponsored.');
    expect(afterExclude).toContain('The feed filters held back 2 items.');
    expect(afterExclude).not.toContain('Football final tonight');
    expect(afterInclude).toContain('**Harbor Gazette**: include: library.');
    expect(afterInclude).toMatch(/— ok — include: library\n/);
    expect(afterClear).toContain('**Harbor Gazette**: no filters, every item reaches the digest.');
    expect(afterClear).toContain('Bridges and tunnels');
    expect(afterClear).not.toContain('held back');
  });

  it('refuses bad terms with a short message and keeps the filters it had', async () => {
    const input = [
      `/news feeds add url:${feed} include:"city council`,
      '/news feeds list',
      `/news feeds add url:${feed} include:bridge`,
      `/news feeds filter feed:${feed} exclude:/(unclosed/`,
      `/news feeds filter feed:${feed} include:${'x'.repeat(501)}`,
      `/news feeds filter feed:${feed}`,
      '/news feeds list',
      '',
    ].join('\n');
    const run = await runLede(['start'], { input, env });
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toContain('\\`include\\`: The filter terms open a quote (") that never closes.');
    expect(out).toContain('This channel follows no feeds yet.');
    expect(out).toContain('\\`exclude\\`: The regular expression /(unclosed/ is not valid');
    expect(out).toContain('Filter terms can be at most 500 characters in all.');
    expect(out).toContain('Give \\`include\\`, \\`exclude\\` or both');
    expect(out).toMatch(/— ok — include: bridge\n/);
  });
});
