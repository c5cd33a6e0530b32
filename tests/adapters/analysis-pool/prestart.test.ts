import { randomUUID } from 'node:crypto';
import { BroadcastChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createAnalysisPool } from '../../../src/adapters/analysis-pool/analysis-pool.js';
import { startedWorker } from '../../helpers/analysis/spin.js';

const article = { text: 'The council met on Tuesday.', title: null, source: 'test' };

describe('a prestarted analysis pool', () => {
  it('starts its worker before the first article, and then analyses on that worker', async () => {
    const name = randomUUID();
    const channel = new BroadcastChannel(name);
    const starts: unknown[] = [];
    const firstStart = new Promise<void>((resolve) => {
      channel.onmessage = (event) => {
        starts.push((event as { data: unknown }).data);
        resolve();
      };
    });
    const pool = createAnalysisPool({
      timeoutMs: 30_000,
      worker: startedWorker,
      workerData: { channel: name },
      prestart: true,
    });
    try {
      await firstStart;
      expect(await pool.analyze(article)).toMatchObject({ title: article.text });
      expect(starts).toEqual(['started']);
    } finally {
      channel.close();
      await pool.close();
    }
  });
});
