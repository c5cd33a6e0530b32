import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../commands/index.js';
import { startWorker } from '../../../src/adapters/analysis-pool/start-worker.js';
import { type DiscordSession, startDiscord } from '../../../src/adapters/discord/index.js';
import {
  type BusyAnalyzer,
  loadBusyArticle,
  spinningUrl,
  startBusyAnalyzer,
  tooSlowUrl,
} from '../../helpers/analysis/busy-analyzer.js';
import {
  type FakeDiscord,
  type RecordedRequest,
  startFakeDiscord,
} from '../../helpers/fake-discord/fake-discord.js';
import { appId, slashCommand } from '../../helpers/fake-discord/payloads.js';
import { recordingLog } from './test-deps.js';

let analyzer: BusyAnalyzer;
let nextId = 900_000_000_000_000_000n;
const deps = () => ({
  engine: analyzer,
  loadArticle: loadBusyArticle,
  commandName: 'news',
  registry,
});

beforeAll(async () => {
  analyzer = await startBusyAnalyzer();
});
afterAll(async () => analyzer?.close());

/** `/news name` from `userId`, as the gateway payload. */
function interaction(name: string, userId: string, options?: Record<string, string>) {
  const id = String(nextId++);
  const payload = slashCommand({ id, name, ...(options ? { options } : {}) });
  return {
    ...payload,
    member: { ...payload.member, user: { ...payload.member.user, id: userId } },
  };
}

// The fake Discord runs in its own thread here and times acknowledgements there: sharing the
// bot's event loop, it could not even send the second command while that loop was blocked.
describe('Discord while the engine is busy (real discord.js against a fake Discord thread)', () => {
  let fake: Worker;
  let session: DiscordSession;
  beforeAll(async () => {
    fake = startWorker(new URL('../../helpers/fake-discord/worker.ts', import.meta.url), undefined);
    const [{ apiUrl }] = (await once(fake, 'message')) as [{ apiUrl: string }];
    const config = { discordToken: 'test-token', discordApiUrl: apiUrl };
    session = await startDiscord({ config, deps: deps(), logger: recordingLog() });
  });
  afterAll(async () => {
    await session?.stop();
    fake?.postMessage({ close: true });
    if (fake) await once(fake, 'exit');
  });

  /** Dispatches the interactions from the fake's thread; each one's acknowledgement time in ms. */
  async function ackTimes(...payloads: ReturnType<typeof interaction>[]): Promise<number[]> {
    fake.postMessage({ burst: payloads });
    return ((await once(fake, 'message')) as [{ latencies: number[] }])[0].latencies;
  }

  it("acknowledges another user's /news help within 3 s while a summary keeps a worker busy", async () => {
    await ackTimes(interaction('summarize', '444444444444444401', { url: spinningUrl }));
    await analyzer.spinning;
    const [helpMs] = await ackTimes(interaction('help', '444444444444444402'));
    expect(helpMs).toBeLessThan(3_000);
  });
});

describe('Discord refusing a slow article (real discord.js against a fake Discord)', () => {
  let fake: FakeDiscord;
  let session: DiscordSession;
  beforeAll(async () => {
    fake = await startFakeDiscord();
    const config = { discordToken: 'test-token', discordApiUrl: fake.apiUrl };
    session = await startDiscord({ config, deps: deps(), logger: recordingLog() });
  });
  afterAll(async () => {
    await session?.stop();
    await fake?.close();
  });

  it('refuses an article that outlasts the time budget, saying why', async () => {
    const payload = interaction('summarize', '444444444444444403', { url: tooSlowUrl });
    fake.dispatch('INTERACTION_CREATE', payload);
    const answered = (r: RecordedRequest) =>
      r.path.startsWith(`/webhooks/${appId}/token-${payload.id}`) && r.method !== 'DELETE';
    const answer = await fake.waitFor(answered);
    expect(JSON.stringify(answer.body)).toContain(
      'This article took too long to analyse (more than 1 s)',
    );
  });
});
