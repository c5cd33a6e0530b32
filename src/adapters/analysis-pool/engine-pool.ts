import { availableParallelism } from 'node:os';
import type { Config } from '../../config.js';
import { type AnalysisPool, createAnalysisPool } from './analysis-pool.js';
import { engineFingerprint } from './engine-fingerprint.js';

/**
 * The engine on worker threads, sized for the bot: one core is left to the event loop, so one
 * slow article never holds up chat acknowledgements or another user's command.
 */
export function createEnginePool(
  config: Config,
  size = botPoolSize(),
  start: { prestart?: boolean } = {},
): AnalysisPool {
  const options = {
    digestSentences: config.digestSentences,
    digestMaxWords: config.digestMaxWords,
  };
  const pool = createAnalysisPool({
    timeoutMs: config.analysisTimeoutSeconds * 1000,
    size,
    workerData: options,
    ...start,
  });
  // Hashing the engine's files takes ~15 ms: only feed digests, which cache analyses, ask for it.
  let version: string | undefined;
  return {
    ...pool,
    get version() {
      version ??= engineFingerprint(JSON.stringify(options));
      return version;
    },
  };
}

function botPoolSize(): number {
  return Math.min(4, Math.max(1, availableParallelism() - 1));
}
