import { performance } from 'node:perf_hooks';
import { parseFeed as parseWithFeedsmith } from 'feedsmith';
import { parseFeed } from '../../src/core/feed/parse-feed.js';
import type { BenchRow } from './types.js';

const ITEMS = 200;
const WARM_UP = 20;
const RUNS = 60;
const PARAGRAPH =
  '<p>The harbour authority said on Tuesday that the new tide gauges would be &quot;fully ' +
  'operational&quot; by spring, after <a href="/reports/7">a report</a> found gaps in coverage.</p>';

function rssFeed(): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const date = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toUTCString();
    return `<item><title>Story ${i} &amp; more</title><link>https://news.test/s/${i}?utm_source=rss</link>
<guid isPermaLink="false">story-${i}</guid><pubDate>${date}</pubDate><dc:creator>Desk ${i % 7}</dc:creator>
<description><![CDATA[${PARAGRAPH}]]></description><content:encoded><![CDATA[${PARAGRAPH.repeat(6)}]]></content:encoded></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title><link>https://news.test/</link><description>d</description>
${items.join('\n')}</channel></rss>`;
}

function atomFeed(): string {
  const entries = Array.from({ length: ITEMS }, (_, i) => {
    const date = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
    return `<entry><title type="html">Story ${i} &amp;amp; more</title><link rel="alternate" href="/s/${i}"/>
<id>tag:news.test,2024:${i}</id><updated>${date}</updated><author><name>Desk ${i % 7}</name></author>
<summary type="html">${escapeXml(PARAGRAPH)}</summary><content type="html">${escapeXml(PARAGRAPH.repeat(6))}</content></entry>`;
  });
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.test/"><title>Bench</title><id>tag:news.test,2024:feed</id><updated>2024-01-01T00:00:00Z</updated>
${entries.join('\n')}</feed>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Median milliseconds per call after warm-up. */
function medianMs(run: () => unknown): number {
  for (let i = 0; i < WARM_UP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function rowsFor(name: string, text: string): BenchRow[] {
  const outcome = parseFeed(text);
  if (outcome.kind !== 'ok' || outcome.feed.items.length !== ITEMS) {
    throw new Error(`bench ${name} feed did not parse to ${ITEMS} items`);
  }
  const lede = medianMs(() => parseFeed(text));
  const raw = medianMs(() => parseWithFeedsmith(text));
  const section = 'Feed parsing';
  const size = `${Math.round(text.length / 1024)} KB`;
  return [
    {
      section,
      metric: `${name}, ${ITEMS} items (${size}): ms per feed`,
      value: Number(lede.toFixed(2)),
      unit: 'ms',
      baseline: { name: 'feedsmith parse alone', value: Number(raw.toFixed(2)) },
      note: 'median after warm-up; Lede adds XML check, dates, URLs, text, identities',
    },
    {
      section,
      metric: `${name}, ${ITEMS} items: items per second`,
      value: Math.round((ITEMS * 1000) / lede),
      unit: 'items/s',
      baseline: { name: 'feedsmith parse alone', value: Math.round((ITEMS * 1000) / raw) },
    },
  ];
}

export async function benchFeedParsing(): Promise<BenchRow[]> {
  return [...rowsFor('RSS 2.0', rssFeed()), ...rowsFor('Atom 1.0', atomFeed())];
}
