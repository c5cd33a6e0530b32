import { performance } from 'node:perf_hooks';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { createEngine } from '../../src/core/engine.js';
import { clusterStories, type StoryCandidate } from '../../src/core/stories/index.js';
import { readNeusVal } from '../eval/lib/corpora.js';
import { neusCandidates } from '../eval/stories.js';
import type { BenchRow } from './types.js';

const SECTION = 'stories';
const ROUNDS = 50;

/** Median and p90 wall time of `work` over ROUNDS runs, after five warm-up runs. */
function time(work: () => unknown): { p50: number; p90: number } {
  for (let i = 0; i < 5; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    work();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(ROUNDS / 2)]!, p90: samples[Math.floor(ROUNDS * 0.9)]! };
}

/**
 * Time to cluster a batch of NeuS articles (already analysed: analysis is the engine's cost, not
 * this step's), beside title-only clustering of the same batch in the same process.
 */
export async function benchStories(): Promise<BenchRow[]> {
  const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
  const { candidates } = neusCandidates(readNeusVal(), (text, title) =>
    engine.analyze({ text, title, source: 'neus' }),
  );
  const rows: BenchRow[] = [];
  for (const size of [200, candidates.length]) {
    const batch = candidates.slice(0, size);
    const titles: StoryCandidate[] = batch.map((c) => ({ ...c, text: '' }));
    const lede = time(() => clusterStories(batch, { windowMs: Number.POSITIVE_INFINITY }));
    const base = time(() => clusterStories(titles, { windowMs: Number.POSITIVE_INFINITY }));
    const label = `${size} NeuS articles`;
    rows.push(
      {
        section: SECTION,
        metric: `${label}: cluster, p50`,
        value: lede.p50,
        unit: 'ms',
        baseline: { name: 'title-only', value: base.p50 },
        note: `median of ${ROUNDS} runs after warm-up`,
      },
      {
        section: SECTION,
        metric: `${label}: cluster, p90`,
        value: lede.p90,
        unit: 'ms',
        baseline: { name: 'title-only', value: base.p90 },
      },
    );
  }
  return rows;
}
