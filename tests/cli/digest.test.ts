import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestCli } from '../../src/adapters/cli/digest-cli.js';
import {
  createSafeFetcher,
  DEFAULT_MAX_BYTES,
  type SafeFetcher,
} from '../../src/adapters/http/safe-fetcher.js';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { readLocalText } from '../../src/adapters/local-source.js';
import { createEngine, inProcessAnalyzer } from '../../src/core/engine.js';
import { createItemText } from '../../src/services/item-text.js';
import { type LocalServer, startLocalServer } from '../helpers/local-server.js';
import { runLedeInProcess } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/run-lede.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1, 12);
const cityNews = 'tests/fixtures/poller/city-news.rss';
const engine = inProcessAnalyzer(
  createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 }),
);
const dir = mkdtempSync(join(tmpdir(), 'lede-digest-'));

const paragraph = (topic: string) =>
  `<p>The harbour board agreed on Tuesday to ${topic}, the board's chair, Ana Silva, told reporters. The decision followed three months of consultation with fishing crews and ferry operators. "We listened to everyone who works on the water," Silva said. The board expects the work to take about a year and to cost 1.8 million euros, according to its published budget.</p>`;

/** Two dated stories and one without a date, written relative to `now`. */
function heraldFeed(now: number): string {
  const item = (n: number, topic: string, ageDays: number | null) => `<item>
    <title>Harbour board to ${topic}</title><link>https://herald.example/${n}</link><guid>herald-${n}</guid>
    ${ageDays === null ? '' : `<pubDate>${new Date(now - ageDays * DAY).toUTCString()}</pubDate>`}
    <content:encoded><![CDATA[${paragraph(topic).repeat(2)}]]></content:encoded></item>`;
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel><title>Harbour Herald</title>
    ${item(1, 'dredge the north channel', 1)}${item(2, 'repaint the lighthouse', 20)}${item(3, 'extend the quay', null)}
    </channel></rss>`;
}

function io() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: (t: string) => {
        out.stdout += t;
      },
      stderr: (t: string) => {
        out.stderr += t;
      },
    },
  };
}

describe('lede digest (in process)', () => {
  let server: LocalServer;
  let fetcher: SafeFetcher;
  let opml: string;
  beforeAll(async () => {
    server = await startLocalServer();
    server.route('/herald.rss', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(heraldFeed(NOW)),
    );
    fetcher = createSafeFetcher({ allowPrivateHosts: ['127.0.0.1'] });
    opml = join(dir, 'subscriptions.opml');
    const template = readFileSync(
      join(repoRoot, 'tests/fixtures/poller/subscriptions.opml'),
      'utf8',
    );
    writeFileSync(opml, template.replaceAll('{{origin}}', server.origin));
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  const run = async (args: string[]) => {
    const { out, io: cliIo } = io();
    const deps = {
      engine,
      fetcher,
      itemText: createItemText(fetcher),
      readLocal: (path: string) => readLocalText(path, DEFAULT_MAX_BYTES),
      clock: { now: () => NOW },
    };
    const code = await digestCli(args, deps, cliIo);
    return { code, ...out };
  };

  it('prints a Markdown digest of a local feed file, newest first', async () => {
    const result = await run([cityNews]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const headings = result.stdout.match(/^### .*$/gm) ?? [];
    expect(headings.map((h) => h.replace(/\]\(.*$/, ''))).toEqual([
      '### [Council approves cycle lanes on River Road',
      '### [The stadium deal is a disastrous giveaway',
      '### [Water utility plans pipe repairs in the old town',
    ]);
    expect(result.stdout).toMatch(/^## Digest: 3 stories from 3 items/);
    expect(result.stdout).toContain('*Riverton Gazette · notes: ');
    expect(result.stdout).toContain('- ');
  });

  it('reads every feed of an OPML file and reports the one that fails in one line', async () => {
    const result = await run([opml, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `lede: ${server.origin}/missing.rss: The page wasn't found (404 Not Found).\n`,
    );
    const { items } = JSON.parse(result.stdout);
    expect(items.map((i: { outlet: string }) => i.outlet)).toEqual([
      'Harbour Herald',
      'Harbour Herald',
      'Harbour Herald',
    ]);
  });

  it('gives each JSON item its title, link, outlet, date, digest, note counts and genre', async () => {
    const result = await run([`${server.origin}/herald.rss`, '--format', 'json', '--max', '1']);
    expect(result.code).toBe(0);
    const { items } = JSON.parse(result.stdout);
    expect(items).toHaveLength(1);
    expect(Object.keys(items[0]).sort()).toEqual(
      [
        'coverage',
        'digest',
        'framingNote',
        'genre',
        'noteCounts',
        'outlet',
        'publishedAt',
        'title',
        'url',
      ].sort(),
    );
    expect(items[0]).toMatchObject({
      title: 'Harbour board to dredge the north channel',
      url: 'https://herald.example/1',
      publishedAt: new Date(NOW - DAY).toISOString().replace(/\.\d+Z$/, '.000Z'),
    });
    expect(items[0].digest.join(' ')).toContain('north channel');
    expect(['news', 'opinion', 'analysis', 'unknown']).toContain(items[0].genre);
  });

  it('keeps items of the --since window and undated ones, one JSON line each', async () => {
    const result = await run([`${server.origin}/herald.rss`, '--since', '7d', '--format', 'jsonl']);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.title, l.publishedAt === null])).toEqual([
      ['Harbour board to dredge the north channel', false],
      ['Harbour board to extend the quay', true],
    ]);
  });

  it('still prints the readable sources when one file is missing', async () => {
    const result = await run(['nowhere/feed.xml', cityNews, '--format', 'jsonl']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('lede: nowhere/feed.xml: no such file.\n');
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('refuses a window it cannot read and a bad --max', async () => {
    await expect(run([cityNews, '--since', 'yesterday'])).rejects.toThrow(/30m, 24h or 7d/);
    await expect(run([cityNews, '--max', '0'])).rejects.toThrow(/--max/);
    await expect(run([])).rejects.toThrow(/at least one source/);
  });
});

describe('lede digest (the whole command, through runCli)', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer();
    server.route('/herald.rss', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(heraldFeed(Date.now())),
    );
  });
  afterAll(() => server.close());

  it('digests a local feed file as JSON', async () => {
    const run = await runLedeInProcess(['digest', cityNews, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { items } = JSON.parse(run.stdout);
    expect(items.map((i: { outlet: string }) => i.outlet)).toEqual(
      Array(3).fill('Riverton Gazette'),
    );
  });

  it('reads the shipped sample feed offline, given as a file:// URL', async () => {
    const sample = pathToFileURL(join(repoRoot, 'examples', 'feed.xml')).href;
    const run = await runLedeInProcess(['digest', sample, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { items } = JSON.parse(run.stdout);
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({
      title: 'Eastside tram line opens with 4,000 riders by noon',
      outlet: 'Harbor City Courier (sample feed)',
    });
  });

  it('digests the feeds of an OPML file over HTTP, reports the missing one, and exits 1', async () => {
    const path = join(dir, 'child.opml');
    const template = readFileSync(
      join(repoRoot, 'tests/fixtures/poller/subscriptions.opml'),
      'utf8',
    );
    writeFileSync(path, template.replaceAll('{{origin}}', server.origin));
    const run = await runLedeInProcess(['digest', path, '--since', '7d'], {
      env: { LEDE_ALLOW_PRIVATE_HOSTS: '127.0.0.1' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `lede: ${server.origin}/missing.rss: The page wasn't found (404 Not Found).`,
    ]);
    expect(run.stdout).toMatch(/^## Digest: 2 stories from 2 items from the last 7d/);
    expect(run.stdout).toContain('Harbour board to dredge the north channel');
    expect(run.stdout).not.toContain('lighthouse');
  });

  it('refuses a loopback feed URL unless the operator allows it', async () => {
    const run = await runLedeInProcess(['digest', `${server.origin}/herald.rss`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^lede: http:\/\/127\.0\.0\.1:\d+\/herald\.rss: .*private network/);
  });
});
