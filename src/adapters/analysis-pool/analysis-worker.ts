import { workerData } from 'node:worker_threads';
import { createEngine } from '../../core/engine.js';
import { loadLexicon } from '../lexicon-file.js';
import { serveAnalysis } from './serve-analysis.js';

/** What the pool hands each engine worker; the lexicon is read from disk in the worker. */
export interface EngineWorkerData {
  digestSentences: number;
  digestMaxWords: number;
}

const options = workerData as EngineWorkerData;
const engine = createEngine({ ...options, lexicon: loadLexicon() });
serveAnalysis((input) => engine.analyze(input));
