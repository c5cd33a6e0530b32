import { BroadcastChannel, workerData } from 'node:worker_threads';
import { serveAnalysis } from '../../../src/adapters/analysis-pool/serve-analysis.js';

// A worker for tests only: it says on a broadcast channel that it has started, so a test can
// see that the pool started it, and echoes the text back as the title.
const channel = new BroadcastChannel((workerData as { channel: string }).channel);
channel.postMessage('started');
channel.close();
serveAnalysis((input) => ({ title: input.text }) as never);
