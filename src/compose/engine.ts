import { createEnginePool } from '../adapters/analysis-pool/engine-pool.js';
import { withLlmDigest } from '../adapters/llm/with-llm-digest.js';
import type { Config } from '../config.js';
import type { Log } from '../services/ports.js';

/**
 * The analyser of a Lede process: the engine on worker threads (a hostile article must not
 * freeze chat acknowledgements), with LLM digests when a model is configured. `workers` is one
 * for a CLI command; the bot sizes the pool to the machine.
 */
export function composeEngine(config: Config, log: Log, workers?: number) {
  return withLlmDigest(createEnginePool(config, workers), config, log);
}

export type ComposedEngine = ReturnType<typeof composeEngine>;
