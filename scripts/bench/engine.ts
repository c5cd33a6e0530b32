import { performance } from 'node:perf_hooks';
import { readBbc } from '../eval/lib/corpora.js';
import type { BenchRow } from './types.js';

interface Timing {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Runs `work` over every text `rounds` times after one warm-up pass; per-article latencies. */
function time(texts: string[], rounds: number, work: (text: string) => unknown): Timing {
  for (const text of texts) work(text);
  const latencies: number[] = [];
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const t0 = performance.now();
      work(text);
      latencies.push(performance.now() - t0);
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Analysis + digest speed on BBC articles, one process, one thread, after warm-up; beside the
 * Lead-3 baseline (tokenise, split, take three sentences) measured in the same run.
 */
export async function benchEngine(): Promise<BenchRow[]> {
  const loadStart = performance.now();
  const { loadNlp } = await import('../../src/core/text/text-model.js');
  loadNlp();
  const { loadLexicon } = await import('../../src/adapters/lexicon-file.js');
  const lexicon = loadLexicon();
  const loadMs = performance.now() - loadStart;
  const { createEngine } = await import('../../src/core/engine.js');
  const { readText } = await import('../../src/core/text/read-text.js');
  const engine = createEngine({ lexicon, digestSentences: 3, digestMaxWords: 90 });
  const analyze = (text: string) => engine.analyze({ text, title: null, source: 'bench' });
  const lead3 = (text: string) => readText(text).sentences.slice(0, 3);

  const all = readBbc().map((a) => a.article);
  // The target is stated for ~1,000-word articles: BBC's longer pieces, 800 to 1,200 words.
  const long = all.filter((t) => wordCount(t) >= 800 && wordCount(t) <= 1200);
  const rows: BenchRow[] = [
    { section: 'engine', metric: 'model + lexicon load (once)', value: loadMs, unit: 'ms' },
  ];
  for (const [label, texts, rounds] of [
    [`BBC, all ${all.length} articles (mean ${mean(all.map(wordCount))} words)`, all, 1],
    [`BBC, ${long.length} articles of 800-1,200 words`, long, 3],
  ] as const) {
    const lede = time([...texts], rounds, analyze);
    const base = time([...texts], rounds, lead3);
    rows.push(
      {
        section: 'engine',
        metric: `${label}: articles/s`,
        value: lede.perSecond,
        baseline: { name: 'Lead-3', value: base.perSecond },
        note: `Lede/Lead-3 time ratio ${(base.perSecond / lede.perSecond).toFixed(2)}`,
      },
      {
        section: 'engine',
        metric: `${label}: p50 per article`,
        value: lede.p50,
        unit: 'ms',
        baseline: { name: 'Lead-3', value: base.p50 },
      },
      {
        section: 'engine',
        metric: `${label}: p99 per article`,
        value: lede.p99,
        unit: 'ms',
        baseline: { name: 'Lead-3', value: base.p99 },
      },
    );
  }
  rows.push({
    section: 'engine',
    metric: 'peak RSS of the process',
    value: process.resourceUsage().maxRSS / 1024,
    unit: 'MB',
  });
  return rows;
}

function mean(values: number[]): number {
  return Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}
