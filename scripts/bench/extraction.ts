import { parseHTML } from 'linkedom';
import { asDocument } from '../../src/core/extract/as-document.js';
import { extractArticle } from '../../src/core/extract.js';
import { plainReadabilityText } from '../eval/lib/extraction-baselines.js';
import { readBenchmarkPages, readTestPages } from '../eval/lib/extraction-pages.js';
import type { BenchRow } from './types.js';

interface Page {
  html: string;
  url: string;
}

const MIN_BYTES = 80_000;
const MAX_BYTES = 120_000;
const PAGES = 12;
const WARM_UP_ROUNDS = 2;
const ROUNDS = 7;

/** Pages of about 100 KB from both extraction corpora, a fixed set so runs compare. */
function pickPages(): Page[] {
  const inRange = (html: string) => {
    const bytes = Buffer.byteLength(html);
    return bytes >= MIN_BYTES && bytes <= MAX_BYTES;
  };
  const bench = readBenchmarkPages()
    .filter((p) => inRange(p.html))
    .map((p) => ({ html: p.html, url: p.url }));
  const suite = readTestPages()
    .filter((p) => inRange(p.html))
    .map((p) => ({ html: p.html, url: 'http://fakehost/test/page.html' }));
  const half = PAGES / 2;
  return [...bench.slice(0, half), ...suite.slice(0, PAGES - Math.min(half, bench.length))];
}

type Work = (page: Page) => unknown;

/**
 * Pages per second of each workload over `pages`: the median of several timed rounds after
 * warm-up. Rounds interleave the workloads so that load from other processes hits all alike.
 */
function pagesPerSecond(pages: readonly Page[], works: readonly Work[]): number[] {
  const runRound = (work: Work) => {
    const start = performance.now();
    for (const page of pages) work(page);
    return pages.length / ((performance.now() - start) / 1000);
  };
  for (let i = 0; i < WARM_UP_ROUNDS; i++) for (const work of works) runRound(work);
  const rates = works.map(() => [] as number[]);
  for (let i = 0; i < ROUNDS; i++) {
    for (const [w, work] of works.entries()) rates[w]!.push(runRound(work));
  }
  return rates.map((r) => r.sort((a, b) => a - b)[Math.floor(r.length / 2)]!);
}

export async function benchExtraction(): Promise<BenchRow[]> {
  const pages = pickPages();
  const kb = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0) / pages.length / 1024;
  const [parseOnly, plain, lede] = pagesPerSecond(pages, [
    (p) => parseHTML(asDocument(p.html, p.url)),
    (p) => plainReadabilityText(p.html, p.url),
    (p) => extractArticle(p.html, p.url),
  ]) as [number, number, number];
  const section = 'extraction';
  const note = `${pages.length} corpus pages of ${MIN_BYTES / 1000}-${MAX_BYTES / 1000} KB (mean ${kb.toFixed(0)} KB); median of ${ROUNDS} rounds after ${WARM_UP_ROUNDS} warm-up rounds`;
  return [
    {
      section,
      metric: 'extractArticle, ~100 KB pages',
      value: Math.round(lede),
      unit: 'pages/s',
      baseline: { name: 'linkedom parse only', value: Math.round(parseOnly) },
      note,
    },
    {
      section,
      metric: 'extractArticle vs Readability alone',
      value: `${(1000 / lede).toFixed(1)} ms/page`,
      baseline: {
        name: 'Readability over linkedom, no post-processing',
        value: `${(1000 / plain).toFixed(1)} ms/page`,
      },
      note: 'the difference is Lede’s pruning and text conversion',
    },
  ];
}
