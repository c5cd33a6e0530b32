import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registry } from '../../../commands/index.js';
import type { CommandInput } from '../../../commands/types.js';
import {
  type DiscordSession,
  registerCommands,
  startDiscord,
} from '../../../src/adapters/discord/index.js';
import { type DiscordEmbed, renderDiscord } from '../../../src/adapters/discord/render-discord.js';
import {
  type FakeDiscord,
  type RecordedRequest,
  startFakeDiscord,
} from '../../helpers/fake-discord/fake-discord.js';
import {
  appId,
  guildId,
  modalSubmit,
  permissions,
  type SlashOptions,
  slashCommand,
} from '../../helpers/fake-discord/payloads.js';
import {
  addFeedCommand,
  longDigestCommand,
  recordingLog,
  slowArticle,
  testDeps,
} from './test-deps.js';

type Body = {
  type?: number;
  data?: { flags?: number; custom_id?: string; components?: unknown[] };
  content?: string;
  embeds?: DiscordEmbed[];
  flags?: number;
  allowed_mentions?: unknown;
};

let fake: FakeDiscord;
let session: DiscordSession;
const log = recordingLog();
let nextId = 700_000_000_000_000_000n;

beforeAll(async () => {
  fake = await startFakeDiscord();
  session = await startDiscord({
    config: { discordToken: 'test-token', discordApiUrl: fake.apiUrl },
    deps: testDeps(),
    logger: log,
  });
});

afterAll(async () => {
  await session?.stop();
  await fake?.close();
});

/** Dispatches a slash command and waits for its acknowledgement. */
async function send(o: Omit<SlashOptions, 'id'>) {
  const id = String(nextId++);
  fake.dispatch('INTERACTION_CREATE', slashCommand({ id, ...o }));
  const callback = await fake.waitFor((r) => r.path === `/interactions/${id}/token-${id}/callback`);
  return { id, callback, body: callback.body as Body };
}

const forToken =
  (id: string, method: string, suffix = '') =>
  (r: RecordedRequest) =>
    r.method === method && r.path === `/webhooks/${appId}/token-${id}${suffix}`;

const original = (id: string) => fake.waitFor(forToken(id, 'PATCH', '/messages/@original'));

function allText(body: Body): string {
  return JSON.stringify([body.content, body.embeds]);
}

describe('Lede on Discord (real discord.js against a fake Discord on 127.0.0.1)', () => {
  it('registers one root command with subcommands, groups and typed options', async () => {
    const result = await registerCommands({
      token: 'test-token',
      applicationId: appId,
      apiUrl: fake.apiUrl,
      guildId,
      commandName: 'news',
      registry: [...registry, addFeedCommand],
    });
    expect(result).toEqual({ scope: 'guild', names: ['news'] });
    const put = await fake.waitFor((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${appId}/guilds/${guildId}/commands`);
    const [root] = put.body as { name: string; options: Record<string, unknown>[] }[];
    expect(root).toMatchObject({ name: 'news', type: 1, contexts: [0, 1] });
    expect(root).not.toHaveProperty('default_member_permissions');
    const kinds = root!.options.map((o) => [o.type, o.name]);
    expect(kinds.filter(([type]) => type === 1).map(([, name]) => name)).toEqual([
      'summarize',
      'framing',
      'digest',
      'help',
    ]);
    expect(kinds.filter(([type]) => type === 2).map(([, name]) => name)).toEqual([
      'feeds',
      'schedule',
      'testing',
    ]);
    const feeds = root!.options.find((o) => o.name === 'feeds') as { options: { name: string }[] };
    expect(feeds.options.map((o) => o.name)).toEqual([
      'add',
      'remove',
      'list',
      'filter',
      'import',
      'export',
    ]);
    expect(root!.options.find((o) => o.name === 'testing')).toMatchObject({
      options: [
        {
          type: 1,
          name: 'follow',
          options: [
            { type: 3, name: 'url', required: true },
            { type: 4, name: 'every', required: false },
            { type: 5, name: 'quiet', required: false },
          ],
        },
      ],
    });
    // framing's text may be left out on Discord: a modal asks for it.
    expect(root!.options[1]).toMatchObject({ options: [{ name: 'text', required: false }] });

    await registerCommands({
      token: 'test-token',
      applicationId: appId,
      apiUrl: fake.apiUrl,
      commandName: 'news',
    });
    await fake.waitFor((r) => r.method === 'PUT' && r.path === `/applications/${appId}/commands`);
  });

  it('defers a summary publicly, then edits in embeds that ping nobody', async () => {
    const { id, body } = await send({ name: 'summarize', options: { url: 'https://x.test/a' } });
    expect(body.type).toBe(5);
    expect(body.data?.flags ?? 0).toBe(0);
    const edit = (await original(id)).body as Body;
    expect(edit.allowed_mentions).toEqual({ parse: [] });
    const [embed] = edit.embeds!;
    expect(embed!.title).toBe('Harbor @\u200beveryone <\u200b@123> \\*\\*bridge\\*\\*');
    expect(embed!.url).toBe('https://x.test/a');
    expect(embed!.description).toContain('The council approved the bridge repair');
    expect(embed!.fields?.[0]?.name).toBe('Loaded language');
  });

  it('defers privately (flag 64) when asked, and for help', async () => {
    const asked = await send({
      name: 'summarize',
      options: { url: 'https://x.test/b', private: true },
    });
    expect(asked.body).toMatchObject({ type: 5, data: { flags: 64 } });
    await original(asked.id);
    const help = await send({ name: 'help' });
    expect(help.body).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = (await original(help.id)).body as Body;
    expect(allText(edit)).toContain('/news summarize');
  });

  it('refuses a managing command to a member, privately, and runs it for a manager', async () => {
    const refused = await send({
      group: 'testing',
      name: 'follow',
      options: { url: 'https://f.test' },
    });
    expect(refused.body).toMatchObject({ type: 5, data: { flags: 64 } });
    const refusal = (await original(refused.id)).body as Body;
    expect(allText(refusal)).toContain('Only people who manage this server or channel');

    const allowed = await send({
      group: 'testing',
      name: 'follow',
      options: { url: 'https://f.test', every: 6, quiet: true },
      memberPermissions: permissions.manageChannels,
    });
    expect(allowed.body.data?.flags ?? 0).toBe(0);
    const done = (await original(allowed.id)).body as Body;
    expect(allText(done)).toContain('Following https://f.test every 6 h.');
  });

  it('acknowledges a slow summary at once and answers when the article arrives', async () => {
    // The article is held until the test opens it, so the order proves "acknowledge first".
    const { id, callback } = await send({
      name: 'summarize',
      options: { url: 'https://x.test/slow' },
    });
    expect(slowArticle.isOpen).toBe(false);
    expect((callback.body as { type: number }).type).toBe(5);
    expect(fake.requests.some(forToken(id, 'PATCH', '/messages/@original'))).toBe(false);
    slowArticle.open();
    const edit = await original(id);
    expect(allText(edit.body as Body)).toContain('Harbor');
  });

  it('turns a public placeholder into a private error when the command fails', async () => {
    const { id, body } = await send({
      name: 'summarize',
      options: { url: 'https://x.test/missing' },
    });
    expect(body.data?.flags ?? 0).toBe(0);
    await fake.waitFor(forToken(id, 'DELETE', '/messages/@original'));
    const followUp = (await fake.waitFor(forToken(id, 'POST'))).body as Body;
    expect(followUp.flags).toBe(64);
    expect(allText(followUp)).toContain('That page could not be found (404).');
  });

  it('splits a long digest into an edit and follow-ups within Discord limits', async () => {
    const { id } = await send({ name: 'long' });
    const expected = renderDiscord(await longDigestCommand.run({} as CommandInput, testDeps()));
    const sent = () =>
      fake.requests.filter(
        (r) => forToken(id, 'PATCH', '/messages/@original')(r) || forToken(id, 'POST')(r),
      );
    await vi.waitFor(() => expect(sent()).toHaveLength(expected.length), { timeout: 5_000 });
    expect(expected.length).toBeGreaterThan(1);
    const embeds = sent().flatMap((r) => (r.body as Body).embeds ?? []);
    expect(embeds.filter((e) => e.title?.startsWith('Story'))).toHaveLength(40);
    for (const r of sent()) {
      expect((r.body as Body).embeds!.length).toBeLessThanOrEqual(10);
      expect((r.body as Body).allowed_mentions).toEqual({ parse: [] });
    }
    // The fake spends the follow-up bucket each time: discord.js waits, and Lede logs it.
    expect(log.entries).toContainEqual({ level: 'warn', message: 'discord rate limit' });
  });

  it('asks for long text in a modal when framing has none, and reads the submitted text', async () => {
    const { id, body } = await send({ name: 'framing' });
    expect(body.type).toBe(9);
    expect(body.data?.custom_id).toBe('lede:framing');
    expect(JSON.stringify(body.data?.components)).toContain('"style":2');

    const submitId = `${id}9`;
    fake.dispatch(
      'INTERACTION_CREATE',
      modalSubmit(submitId, 'lede:framing', 'text', 'Critics slammed the plan.'),
    );
    const callback = await fake.waitFor(
      (r) => r.path === `/interactions/${submitId}/token-${submitId}/callback`,
    );
    expect((callback.body as Body).type).toBe(5);
    const edit = (await original(submitId)).body as Body;
    expect(edit.embeds?.[0]?.title).toBe('Framing notes');
  });

  it('answers an unknown subcommand privately', async () => {
    const { body } = await send({ name: 'frobnicate' });
    expect(body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });
});
