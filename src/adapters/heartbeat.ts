import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fileName = 'heartbeat';
/** Docker's HEALTHCHECK calls `lede healthcheck`; a beat older than this means Lede is stuck. */
export const heartbeatMaxAgeMs = 90_000;
const beatEveryMs = 30_000;

/** Writes the heartbeat file now and every 30 s while Lede runs; returns a stop function. */
export function startHeartbeat(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const beat = () => writeFileSync(join(dataDir, fileName), `${new Date().toISOString()}\n`);
  beat();
  const timer = setInterval(beat, beatEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}

export function checkHeartbeat(
  dataDir: string,
  now: number,
  io: { stdout(text: string): void; stderr(text: string): void },
): number {
  let modified: number;
  try {
    modified = statSync(join(dataDir, fileName)).mtimeMs;
  } catch {
    io.stderr('lede: unhealthy: no heartbeat yet (is Lede running?)\n');
    return 1;
  }
  const age = now - modified;
  if (age > heartbeatMaxAgeMs) {
    io.stderr(`lede: unhealthy: last heartbeat ${Math.round(age / 1000)} s ago\n`);
    return 1;
  }
  io.stdout('healthy\n');
  return 0;
}
