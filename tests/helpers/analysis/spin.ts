/** Text that makes the test-only spin worker (spin-worker.ts) busy the CPU until terminated. */
export const SPIN = 'SPIN: this article never finishes.';

export const spinWorker = new URL('./spin-worker.ts', import.meta.url);

export const startedWorker = new URL('./started-worker.ts', import.meta.url);
