import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type AnalysisPool,
  createAnalysisPool,
} from '../../../src/adapters/analysis-pool/analysis-pool.js';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { createEngine } from '../../../src/core/engine.js';
import { UserError } from '../../../src/errors.js';
import { SPIN, spinWorker } from '../../helpers/analysis/spin.js';

const article = {
  text: 'The council approved the budget on Tuesday. Critics slammed the outrageous plan, officials said.',
  title: 'Budget',
  source: 'test',
};
let pool: AnalysisPool | undefined;
afterEach(async () => pool?.close());

describe('the analysis pool', () => {
  it('runs the same engine on a worker thread as in process', async () => {
    pool = createAnalysisPool({
      timeoutMs: 30_000,
      workerData: { digestSentences: 3, digestMaxWords: 90 },
    });
    const inProcess = createEngine({
      lexicon: loadLexicon(),
      digestSentences: 3,
      digestMaxWords: 90,
    });
    expect(await pool.analyze(article)).toEqual(inProcess.analyze(article));
  });

  it('keeps the event loop free while a worker is busy', async () => {
    pool = createAnalysisPool({ timeoutMs: 60_000, worker: spinWorker });
    const spinning = pool.analyze({ ...article, text: SPIN }).then(
      () => 'finished',
      () => 'refused',
    );
    const first = await Promise.race([spinning, nextTurn(undefined).then(() => 'loop ran')]);
    expect(first).toBe('loop ran');
    await pool.close();
    expect(await spinning).toBe('refused');
  });

  it('refuses an article over its time budget, then analyses the next on a new worker', async () => {
    pool = createAnalysisPool({ timeoutMs: 1_000, worker: spinWorker });
    const refused = await pool.analyze({ ...article, text: SPIN }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as Error).message).toMatch(
      /^This article took too long to analyse \(more than 1 s\)/,
    );
    const next = await pool.analyze(article);
    expect(next.digest.length).toBeGreaterThan(0);
  });

  it('queues articles beyond its size and answers each', async () => {
    pool = createAnalysisPool({ timeoutMs: 30_000, size: 2, worker: spinWorker });
    const texts = ['One plan passed.', 'Two plans failed.', 'Three plans waited.'];
    const results = await Promise.all(texts.map((text) => pool!.analyze({ ...article, text })));
    expect(results.map((r) => r.digest[0]?.text)).toEqual(texts);
  });
});
