/** Gives back the slot; calling it twice is harmless. */
export type Release = () => void;

export interface HostLimiter {
  /** Waits for one of the host's slots. */
  acquire(host: string): Promise<Release>;
  /** Requests running or waiting for the host (for tests and diagnostics). */
  load(host: string): { active: number; waiting: number };
}

interface HostSlots {
  active: number;
  waiting: (() => void)[];
}

/** A per-host counting semaphore: at most `limit` requests to one host at a time, FIFO. */
export function createHostLimiter(limit: number): HostLimiter {
  if (!Number.isInteger(limit) || limit < 1) throw new Error('per-host limit must be >= 1');
  const hosts = new Map<string, HostSlots>();

  const releaseFor = (host: string, slots: HostSlots): Release => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = slots.waiting.shift();
      if (next) return next();
      slots.active -= 1;
      if (slots.active === 0) hosts.delete(host);
    };
  };

  return {
    acquire(host) {
      let slots = hosts.get(host);
      if (!slots) {
        slots = { active: 0, waiting: [] };
        hosts.set(host, slots);
      }
      const own = slots;
      if (own.active < limit) {
        own.active += 1;
        return Promise.resolve(releaseFor(host, own));
      }
      // The releasing request hands its slot straight to the next waiter: `active` stays put.
      return new Promise((resolve) => own.waiting.push(() => resolve(releaseFor(host, own))));
    },
    load(host) {
      const slots = hosts.get(host);
      return { active: slots?.active ?? 0, waiting: slots?.waiting.length ?? 0 };
    },
  };
}
