import type { WriterOutcome } from '../../core/llm/types.js';
import type { Clock } from '../../services/ports.js';

/** How long Lede leaves a model alone after it timed out or could not be reached. */
export const MODEL_COOLDOWN_MS = 60_000;

export interface Cooldown {
  /** Runs `ask` unless the model is cooling down; an `unreachable` failure starts a cooldown. */
  run(ask: () => Promise<AskResult>): Promise<WriterOutcome>;
}

/** An answer, or a failure that says whether the server was there at all. */
export type AskResult = WriterOutcome & { unreachable?: boolean };

/**
 * A dead or hung model would otherwise cost every queued article a full timeout: a scheduled
 * digest of 40 items at 30 s each and 2 at a time waits 10 minutes. After a timeout or a
 * connection failure, articles get the extractive digest at once until the cooldown ends.
 */
export function createCooldown(clock: Clock, cooldownMs = MODEL_COOLDOWN_MS): Cooldown {
  let until = 0;
  return {
    async run(ask) {
      if (clock.now() < until) {
        return { ok: false, reason: 'the model failed moments ago; not asked again yet' };
      }
      const { unreachable, ...outcome } = await ask();
      if (unreachable) until = clock.now() + cooldownMs;
      return outcome as WriterOutcome;
    },
  };
}
