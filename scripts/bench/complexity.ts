import { performance } from 'node:perf_hooks';
import type { BenchRow } from './types.js';

/** Input sizes in characters, doubling: a linear code path takes about twice as long per step. */
const SIZES = [10_000, 20_000, 40_000, 80_000, 160_000];
/** A size slower than this is the last one tried for its shape, so a quadratic path cannot stall the bench. */
const GIVE_UP_MS = 15_000;

interface Shape {
  name: string;
  path: string;
  make(chars: number): string;
  run(input: string): unknown;
}

const PROSE =
  'The council approved the budget on Tuesday after a long debate. Officials said the plan would fund new buses. ';

function fill(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

function rssWith(description: string): string {
  const body = description.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title><link>https://example.com/</link><item><title>One</title><link>https://example.com/1</link><description>${body}</description></item></channel></rss>`;
}

async function shapes(): Promise<Shape[]> {
  const { createEngine } = await import('../../src/core/engine.js');
  const { loadLexicon } = await import('../../src/adapters/lexicon-file.js');
  const { parseFeed } = await import('../../src/core/feed/parse-feed.js');
  const { htmlToBlockText } = await import('../../src/core/html-text.js');
  const { extractArticle } = await import('../../src/core/extract.js');
  const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
  const analyze = (text: string) => engine.analyze({ text, title: null, source: 'bench' });
  const feed = (text: string) => parseFeed(text, 'application/rss+xml');
  return [
    { name: 'one long word', path: 'engine', make: (n) => 'A'.repeat(n), run: analyze },
    { name: 'hyphen chain a-a-…', path: 'engine', make: (n) => fill('a-', n), run: analyze },
    { name: 'plain prose', path: 'engine', make: (n) => fill(PROSE, n), run: analyze },
    {
      name: '<script> x N',
      path: 'htmlToBlockText',
      make: (n) => fill('<script>', n),
      run: htmlToBlockText,
    },
    {
      name: '<script> x N',
      path: 'parseFeed',
      make: (n) => rssWith(fill('<script>', n)),
      run: feed,
    },
    {
      name: '&lt;style x x N',
      path: 'parseFeed',
      make: (n) => rssWith(fill('<style x', n)),
      run: feed,
    },
    {
      name: '<p x x N',
      path: 'htmlToBlockText',
      make: (n) => fill('<p x', n),
      run: htmlToBlockText,
    },
    {
      name: '<div> x N',
      path: 'extractArticle',
      make: (n) => fill('<div>', n),
      run: extractArticle,
    },
    {
      name: 'huge feed item',
      path: 'parseFeed',
      make: (n) => rssWith(fill(`<p>${PROSE}</p>`, n)),
      run: feed,
    },
  ];
}

function timeOnce(shape: Shape, chars: number): number {
  const input = shape.make(chars);
  const started = performance.now();
  shape.run(input);
  return performance.now() - started;
}

function rowFor(shape: Shape): BenchRow {
  shape.run(shape.make(1_000));
  const times: number[] = [];
  for (const chars of SIZES) {
    times.push(timeOnce(shape, chars));
    if (times.at(-1)! > GIVE_UP_MS) break;
  }
  const ratios = times.slice(1).map((t, i) => (t / Math.max(times[i]!, 0.01)).toFixed(1));
  const skipped = SIZES.length - times.length;
  return {
    section: 'complexity',
    metric: `${shape.name} via ${shape.path}`,
    value: times.map((t) => (t >= 100 ? t.toFixed(0) : t.toFixed(1))).join(' / '),
    unit: 'ms',
    note: `x per doubling: ${ratios.join(' ') || '-'}${skipped ? `; ${skipped} larger sizes skipped (over ${GIVE_UP_MS / 1000} s)` : ''}`,
  };
}

/**
 * Time per input size for each hostile shape seen in review (one long word, hyphen chains, unclosed
 * tags, deep nesting, a huge feed item), through the real code paths, at 10k to 160k characters.
 * Linear code shows a ratio of about 2 per doubling; quadratic code about 4.
 */
export async function benchComplexity(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const shape of await shapes()) {
    process.stderr.write(`bench: complexity ${shape.name} via ${shape.path}…\n`);
    rows.push(rowFor(shape));
  }
  return rows;
}
