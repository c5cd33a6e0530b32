import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../commands/index.js';
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

let fake: FakeDiscord;
let session: DiscordSession;
let analyzer: BusyAnalyzer;
let nextId = 900_000_000_000_000_000n;

beforeAll(async () => {
  fake = await startFakeDiscord();
  analyzer = await startBusyAnalyzer();
  session = await startDiscord({
    config: { discordToken: 'test-token', discordApiUrl: fake.apiUrl },
    deps: { engine: analyzer, loadArticle: loadBusyArticle, commandName: 'news', registry },
    logger: recordingLog(),
  });
});

afterAll(async () => {
  await session?.stop();
  await analyzer?.close();
  await fake?.close();
});

/** Dispatches `/news name` from `userId` and waits for its acknowledgement. */
async function send(name: string, userId: string, options?: Record<string, string>) {
  const id = String(nextId++);
  const payload = slashCommand({ id, name, ...(options ? { options } : {}) });
  const member = { ...payload.member, user: { ...payload.member.user, id: userId } };
  const sentAt = fake.dispatch('INTERACTION_CREATE', { ...payload, member });
  const callback = await fake.waitFor((r) => r.path === `/interactions/${id}/token-${id}/callback`);
  return { id, ackMs: callback.at - sentAt };
}

/** An edit of the placeholder or a follow-up: any answer with a body for interaction `id`. */
const answersId = (id: string) => (r: RecordedRequest) =>
  r.path.startsWith(`/webhooks/${appId}/token-${id}`) && r.method !== 'DELETE';

describe('Discord while the engine is busy (real discord.js against a fake Discord)', () => {
  it("acknowledges another user's /news help within 3 s while a summary keeps a worker busy", async () => {
    const busy = await send('summarize', '444444444444444401', { url: spinningUrl });
    await analyzer.spinning;
    const help = await send('help', '444444444444444402');
    expect(help.ackMs).toBeLessThan(3_000);
    const answer = await fake.waitFor(answersId(help.id));
    expect(JSON.stringify(answer.body)).toContain('summarize');
    expect(fake.requests.some(answersId(busy.id))).toBe(false);
  });

  it('refuses an article that outlasts the time budget, saying why', async () => {
    const slow = await send('summarize', '444444444444444403', { url: tooSlowUrl });
    const answer = await fake.waitFor(answersId(slow.id));
    expect(JSON.stringify(answer.body)).toContain(
      'This article took too long to analyse (more than 1 s)',
    );
  });
});
