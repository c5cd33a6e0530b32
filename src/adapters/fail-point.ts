import type { FailPoint } from '../services/delivery/fail-points.js';
import type { FailPointSetting } from '../setting-schemas.js';

/**
 * The crash-test fail point: SIGKILLs this process at the `hit`-th time the named point is
 * reached, as a power cut or `kill -9` would. Configured only with the test-only switch.
 */
export function failPointFrom(setting: FailPointSetting | undefined): FailPoint | undefined {
  if (!setting) return undefined;
  let reached = 0;
  return (name) => {
    if (name !== setting.name || ++reached < setting.hit) return;
    process.kill(process.pid, 'SIGKILL');
  };
}
