import { createEnginePool } from '../adapters/analysis-pool/engine-pool.js';
import { withLlmDigest } from '../adapters/llm/with-llm-digest.js';
import type { Config } from '../config.js';
import type { Log } from '../services/ports.js';

/**
 * The analyser of a Lede process: the engine on worker threads (a hostile article must not
 * freeze chat acknowledgements), with LLM digests when a model is configured. `workers` is one
 * for a CLI command; the bot sizes the pool to the machine.
 */
export function composeEngine(
  config: Config,
  log: Log,
  pool: { workers?: number; prestart?: boolean } = {},
) {
  return withLlmDigest(
    createEnginePool(config, pool.workers, { prestart: pool.prestart ?? false }),
    config,
    log,
  );
}

export type ComposedEngine = ReturnType<typeof composeEngine>;
