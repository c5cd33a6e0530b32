import { createTask } from 'node-cron';

/**
 * The latest minute in `(after, upTo]` at which the cron expression fires in its time zone, or
 * null. node-cron only walks forward from the real clock, so this walks back a minute at a time
 * with `match`: about 9 µs a minute, 3 ms for a 6-hour window.
 */
export function latestSlot(
  spec: { cron: string; timezone: string },
  after: number,
  upTo: number,
): number | null {
  const task = createTask(spec.cron, () => {}, { timezone: spec.timezone });
  try {
    for (let at = Math.floor(upTo / 60_000) * 60_000; at > after; at -= 60_000) {
      if (task.match(new Date(at))) return at;
    }
    return null;
  } finally {
    void task.destroy();
  }
}
