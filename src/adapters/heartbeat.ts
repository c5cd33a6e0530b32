import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Clock, type Log, systemClock } from '../services/ports.js';

const fileName = 'heartbeat';
/** Docker's HEALTHCHECK calls `lede healthcheck`; a beat older than this means Lede is stuck. */
export const heartbeatMaxAgeMs = 90_000;
const beatEveryMs = 30_000;

export interface HeartbeatDeps {
  dataDir: string;
  log: Log;
  /** Writes one file (tests inject failures such as EROFS). */
  write?: (path: string, text: string) => void;
  clock?: Clock;
  /** Where the reason of a fault goes; see `faultFileFor`. */
  faultPath?: string;
  /** Checks run at each beat (the database can be written): null when well, else the reason. */
  probes?: (() => string | null)[];
}

export interface Heartbeat {
  /** Writes the heartbeat now; a failure is logged (once per distinct fault), never thrown. */
  beat(): void;
}

/**
 * The reason Lede is unhealthy, kept outside the data folder: when that folder turns read-only
 * or full, the heartbeat cannot say why inside it. The temp folder is shared by the bot and
 * `docker exec … lede healthcheck`, and the name follows the data folder so two Ledes never mix.
 */
export function faultFileFor(dataDir: string): string {
  const key = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16);
  return join(tmpdir(), `lede-${key}.fault`);
}

export function createHeartbeat(deps: HeartbeatDeps): Heartbeat {
  const write = deps.write ?? writeBeatFile;
  const clock = deps.clock ?? systemClock;
  const faultPath = deps.faultPath ?? faultFileFor(deps.dataDir);
  const beatPath = join(deps.dataDir, fileName);
  let lastFault: string | null | undefined;
  const report = (fault: string | null) => {
    if (fault === lastFault) return;
    if (fault !== null) {
      deps.log.error({ reason: fault }, 'Lede is unhealthy');
      attempt(() => writeFileSync(faultPath, `${fault}\n`));
    } else {
      if (lastFault) deps.log.info({}, 'the heartbeat is written again');
      attempt(() => rmSync(faultPath, { force: true }));
    }
    lastFault = fault;
  };
  return {
    beat() {
      const error = attempt(() => write(beatPath, `${new Date(clock.now()).toISOString()}\n`));
      const probed = (deps.probes ?? []).map((probe) => probe()).find((fault) => fault !== null);
      report(error !== null ? `cannot write the heartbeat: ${error}` : (probed ?? null));
    },
  };
}

/** Beats now and every 30 s while Lede runs; returns a stop function. */
export function startHeartbeat(deps: HeartbeatDeps): () => void {
  const heartbeat = createHeartbeat(deps);
  heartbeat.beat();
  const timer = setInterval(heartbeat.beat, beatEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}

function writeBeatFile(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

/** Runs `work`; returns null, or the message of what it threw. */
function attempt(work: () => void): string | null {
  try {
    work();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function checkHeartbeat(
  dataDir: string,
  now: number,
  io: { stdout(text: string): void; stderr(text: string): void },
  faultPath = faultFileFor(dataDir),
): number {
  const fault = readFault(faultPath);
  if (fault) {
    io.stderr(`lede: unhealthy: ${fault}\n`);
    return 1;
  }
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

function readFault(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim() || null;
  } catch {
    return null;
  }
}
