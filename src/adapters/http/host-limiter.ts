import pLimit, { type LimitFunction } from 'p-limit';

export interface HostLimiter {
  /** Runs `work` once one of the host's slots is free (FIFO per host) and frees it after. */
  run<T>(host: string, work: () => Promise<T>): Promise<T>;
}

interface HostQueue {
  limit: LimitFunction;
  /** Calls for this host not yet settled, waiting or running. */
  users: number;
}

/** At most `limit` requests to one host at a time; hosts with nothing in flight are forgotten. */
export function createHostLimiter(limit: number): HostLimiter {
  if (!Number.isInteger(limit) || limit < 1) throw new Error('per-host limit must be >= 1');
  const hosts = new Map<string, HostQueue>();
  return {
    async run(host, work) {
      const queue = hosts.get(host) ?? { limit: pLimit(limit), users: 0 };
      hosts.set(host, queue);
      queue.users += 1;
      try {
        return await queue.limit(work);
      } finally {
        queue.users -= 1;
        if (queue.users === 0) hosts.delete(host);
      }
    },
  };
}
