import { availableParallelism } from 'node:os';
import type { Config } from '../../config.js';
import { type AnalysisPool, createAnalysisPool } from './analysis-pool.js';

/**
 * The engine on worker threads, sized for the bot: one core is left to the event loop, so one
 * slow article never holds up chat acknowledgements or another user's command.
 */
export function createEnginePool(config: Config, size = botPoolSize()): AnalysisPool {
  return createAnalysisPool({
    timeoutMs: config.analysisTimeoutSeconds * 1000,
    size,
    workerData: {
      digestSentences: config.digestSentences,
      digestMaxWords: config.digestMaxWords,
    },
  });
}

function botPoolSize(): number {
  return Math.min(4, Math.max(1, availableParallelism() - 1));
}
