import type { Worker } from 'node:worker_threads';
import type { Analyzer } from '../../core/engine.js';
import type { ArticleAnalysis, ArticleInput } from '../../core/types.js';
import { UserError } from '../../errors.js';
import type { EngineWorkerData } from './analysis-worker.js';
import type { WorkerMessage } from './serve-analysis.js';
import { startWorker } from './start-worker.js';

export interface AnalysisPoolOptions {
  /** Longest one article may take once a worker has it; then the worker is replaced. */
  timeoutMs: number;
  /** Worker threads at most; started when first needed. */
  size?: number;
  /** A module that calls `serveAnalysis`; the engine worker by default. */
  worker?: URL;
  workerData?: EngineWorkerData | unknown;
  /**
   * Start one worker now rather than at the first article, so loading the NLP model overlaps
   * whatever the caller does first (a CLI command reads its file meanwhile).
   */
  prestart?: boolean;
}

/** An analyser whose work runs on worker threads, so the event loop stays free for chat. */
export interface AnalysisPool extends Analyzer {
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}

interface Task {
  input: ArticleInput;
  resolve(analysis: ArticleAnalysis): void;
  reject(error: Error): void;
}

type Outcome = { analysis: ArticleAnalysis } | { error: Error };

/** The outcome a worker's message gives request `id`, or null for another message. */
function outcomeFor(id: number, message: WorkerMessage): Outcome | null {
  if (!('id' in message) || message.id !== id) return null;
  return 'error' in message ? { error: new Error(message.error) } : { analysis: message.analysis };
}

/** Listens to a worker's messages and failures; returns what stops listening. */
function watch(
  worker: Worker,
  onMessage: (message: WorkerMessage) => void,
  onFailure: (cause: unknown) => void,
): () => void {
  worker.on('message', onMessage);
  worker.on('error', onFailure);
  worker.on('exit', onFailure);
  return () => {
    worker.off('message', onMessage);
    worker.off('error', onFailure);
    worker.off('exit', onFailure);
  };
}

const engineWorker = new URL(
  `./analysis-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

export function tooSlow(timeoutMs: number): UserError {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return new UserError(
    `This article took too long to analyse (more than ${seconds} s), so Lede stopped. Try a shorter article, or paste the part you need.`,
  );
}

export function createAnalysisPool(options: AnalysisPoolOptions): AnalysisPool {
  const size = options.size ?? 1;
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): Slot {
    const worker = startWorker(options.worker ?? engineWorker, options.workerData);
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => 'ready' in message && resolve());
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`analysis worker stopped (exit ${code})`)));
    });
    ready.catch(() => retire(slot));
    const slot: Slot = { worker, ready, busy: false };
    slots.push(slot);
    return slot;
  }

  function retire(slot: Slot): void {
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
    void slot.worker.terminate();
  }

  function dispatch(): void {
    while (queue.length > 0 && !closed) {
      const slot = slots.find((s) => !s.busy) ?? (slots.length < size ? spawn() : undefined);
      if (!slot) return;
      run(slot, queue.shift()!);
    }
  }

  function run(slot: Slot, task: Task): void {
    slot.busy = true;
    const id = nextId++;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (outcome: Outcome, keepWorker: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unwatch();
      if (keepWorker) slot.busy = false;
      else retire(slot);
      'analysis' in outcome ? task.resolve(outcome.analysis) : task.reject(outcome.error);
      dispatch();
    };
    const onFailure = (cause: unknown) =>
      settle({ error: new Error('The analysis worker stopped.', { cause }) }, false);
    const unwatch = watch(
      slot.worker,
      (message) => {
        const outcome = outcomeFor(id, message);
        if (outcome) settle(outcome, true);
      },
      onFailure,
    );
    slot.ready.then(() => {
      if (settled) return;
      timer = setTimeout(
        () => settle({ error: tooSlow(options.timeoutMs) }, false),
        options.timeoutMs,
      );
      slot.worker.postMessage({ id, input: task.input });
    }, onFailure);
  }

  if (options.prestart) spawn();

  return {
    analyze(input) {
      if (closed) return Promise.reject(new Error('The analysis pool is closed.'));
      return new Promise<ArticleAnalysis>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('The analysis pool is closed.'));
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}
