/** Marks the abort caused by the fetcher's own total timeout. */
export class DeadlineError extends Error {
  readonly code = 'LEDE_DEADLINE';
}

/**
 * One total timeout across DNS, connect, headers and body of every hop. It starts when the
 * first hop gets its per-host slot: waiting politely in line is not the site being slow.
 */
export class Deadline {
  readonly #controller = new AbortController();
  #timer: NodeJS.Timeout | null = null;

  constructor(readonly limitMs: number) {}

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get expired(): boolean {
    return this.#controller.signal.reason instanceof DeadlineError;
  }

  start(): void {
    if (this.#timer !== null || this.signal.aborted) return;
    this.#timer = setTimeout(() => {
      this.#controller.abort(new DeadlineError(`deadline of ${this.limitMs} ms passed`));
    }, this.limitMs);
  }

  /** Settles with `work`, or rejects when the deadline passes first. */
  race<T>(work: Promise<T>): Promise<T> {
    const signal = this.signal;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  clear(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
