import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a module. Compiled `.js` (dist/) starts directly; a `.ts` module (a
 * checkout run through tsx, and vitest) is imported after tsx's loader is registered inside the
 * worker, because `new Worker()` cannot start on TypeScript, and `--import tsx` in `execArgv` is
 * not applied to the entry module.
 */
export function startWorker(module: URL, workerData: unknown): Worker {
  if (!module.pathname.endsWith('.ts')) return new Worker(module, { workerData });
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
