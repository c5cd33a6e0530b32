import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordSession, startDiscord } from '../../../src/adapters/discord/index.js';
import { type FakeDiscord, startFakeDiscord } from '../../helpers/fake-discord/fake-discord.js';
import { appId, slashCommand } from '../../helpers/fake-discord/payloads.js';
import { recordingLog, testDeps } from './test-deps.js';

let fake: FakeDiscord;
let session: DiscordSession;
let nextId = 710_000_000_000_000_000n;

beforeAll(async () => {
  fake = await startFakeDiscord();
  session = await startDiscord({
    config: { discordToken: 'test-token', discordApiUrl: fake.apiUrl },
    deps: testDeps(),
    logger: recordingLog(),
  });
});

afterAll(async () => {
  await session?.stop();
  await fake?.close();
});

/** Dispatches an interaction and returns its acknowledgement and the first answer's text. */
async function dispatch(payload: ReturnType<typeof slashCommand>) {
  const { id } = payload;
  fake.dispatch('INTERACTION_CREATE', payload);
  const ack = await fake.waitFor((r) => r.path === `/interactions/${id}/token-${id}/callback`);
  const answer = await fake.waitFor(
    (r) =>
      r.path.startsWith(`/webhooks/${appId}/token-${id}`) &&
      (r.method === 'PATCH' || r.method === 'POST'),
  );
  return { ack: ack.body, answer: JSON.stringify(answer.body) };
}

describe('Discord commands, polished', () => {
  it.each([
    ['a bare group', 2],
    ['a group registered as a subcommand by an older Lede', 1],
  ])('answers /news feeds sent as %s with the feeds help, privately', async (_, type) => {
    const payload = slashCommand({ id: String(nextId++), name: 'unused' });
    payload.data.options = [{ type, name: 'feeds', options: [] }] as never;
    const { ack, answer } = await dispatch(payload);
    expect(ack).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(answer).toContain('Lede: the feeds commands');
    expect(answer).toContain('/news feeds add url:<url>');
    expect(answer).not.toContain('Unknown command');
  });

  it('refuses an option the command does not have, naming the ones it has', async () => {
    const { answer } = await dispatch(
      slashCommand({ id: String(nextId++), name: 'digest', options: { extra: 1 } }),
    );
    expect(answer).toContain('has no option');
    expect(answer).toMatch(/extra.*Its options: .*since.*, .*max/);
  });
});
