import { createAnalysisPool } from '../../../src/adapters/analysis-pool/analysis-pool.js';
import type { Analyzer } from '../../../src/core/engine.js';
import type { ArticleInput } from '../../../src/core/types.js';
import { SPIN, spinWorker } from './spin.js';

/** An article URL whose analysis keeps a worker spinning until the pool closes. */
export const spinningUrl = 'https://news.example/spin';
/** An article URL whose analysis spins past a one-second time budget. */
export const tooSlowUrl = 'https://news.example/too-slow';

export interface BusyAnalyzer extends Analyzer {
  /** Resolves when a spinning article has been handed to its (warm) worker. */
  spinning: Promise<void>;
  close(): Promise<void>;
}

/**
 * Two pools of the test-only spin worker behind one analyser: `spinningUrl` goes to one with a
 * long budget (the event loop must stay free meanwhile), `tooSlowUrl` to one with a 1 s budget.
 * Both are warmed first, so the work starts the moment it is handed over.
 */
export async function startBusyAnalyzer(): Promise<BusyAnalyzer> {
  const patient = createAnalysisPool({ timeoutMs: 600_000, worker: spinWorker });
  const strict = createAnalysisPool({ timeoutMs: 1_000, worker: spinWorker });
  const warmUp = { text: 'The council met.', title: null, source: 'warm-up' };
  await Promise.all([patient.analyze(warmUp), strict.analyze(warmUp)]);
  let started: () => void = () => {};
  const spinning = new Promise<void>((resolve) => {
    started = resolve;
  });
  return {
    spinning,
    analyze(input: ArticleInput) {
      if (input.source === tooSlowUrl) return strict.analyze(input);
      if (input.source === spinningUrl) started();
      return patient.analyze(input);
    },
    async close() {
      await Promise.all([patient.close(), strict.close()]);
    },
  };
}

/** The article behind each test URL: SPIN for the two busy ones. */
export async function loadBusyArticle(source: string): Promise<ArticleInput> {
  const text =
    source === spinningUrl || source === tooSlowUrl ? SPIN : 'The council met on Monday.';
  return { text, title: 'Busy engine', source };
}
