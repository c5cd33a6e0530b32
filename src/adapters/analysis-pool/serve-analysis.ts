import { parentPort } from 'node:worker_threads';
import type { ArticleAnalysis, ArticleInput } from '../../core/types.js';

export interface AnalysisRequest {
  id: number;
  input: ArticleInput;
}

export type WorkerMessage =
  | { ready: true }
  | { id: number; analysis: ArticleAnalysis }
  | { id: number; error: string };

const WARM_UP: ArticleInput = {
  text: 'The council approved the plan on Tuesday, officials said. Critics called it a disaster.',
  title: null,
  source: 'warm-up',
};

/**
 * The worker side of the analysis pool: answers each request with `analyze`'s result, or the
 * message of what it threw. Says `ready` once, after one warm-up analysis (the first is several
 * times slower than the rest), so the pool's time budget counts analysis, not start-up.
 */
export function serveAnalysis(analyze: (input: ArticleInput) => ArticleAnalysis): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalysis runs inside a worker thread.');
  analyze(WARM_UP);
  port.on('message', ({ id, input }: AnalysisRequest) => {
    try {
      port.postMessage({ id, analysis: analyze(input) } satisfies WorkerMessage);
    } catch (error) {
      port.postMessage({ id, error: (error as Error).message } satisfies WorkerMessage);
    }
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
