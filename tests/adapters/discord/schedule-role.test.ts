import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordSession, startDiscord } from '../../../src/adapters/discord/index.js';
import { openStores, type Stores } from '../../../src/adapters/sqlite/open-stores.js';
import { createChannelServices } from '../../../src/services/channel-services.js';
import { type FakeDiscord, startFakeDiscord } from '../../helpers/fake-discord/fake-discord.js';
import {
  appId,
  channelId,
  permissions,
  slashCommand,
} from '../../helpers/fake-discord/payloads.js';
import { recordingLog, testDeps } from './test-deps.js';

const role = '666666666666666666';
let fake: FakeDiscord;
let session: DiscordSession;
let stores: Stores;

beforeAll(async () => {
  fake = await startFakeDiscord();
  stores = openStores(mkdtempSync(join(tmpdir(), 'lede-role-')));
  const channels = createChannelServices({
    store: stores.feeds,
    schedules: stores.schedules,
    fetcher: {} as never,
    engine: {} as never,
    itemText: {} as never,
    clock: { now: () => Date.now() },
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
  session = await startDiscord({
    config: { discordToken: 'test-token', discordApiUrl: fake.apiUrl },
    deps: { ...testDeps(), channels },
    logger: recordingLog(),
  });
});

afterAll(async () => {
  await session?.stop();
  await fake?.close();
  stores?.close();
});

describe('/news schedule set thread mention:<role> on Discord (real discord.js, fake gateway)', () => {
  it('reads the role option (type 8) and stores it with the thread setting', async () => {
    const id = '710000000000000001';
    fake.dispatch(
      'INTERACTION_CREATE',
      slashCommand({
        id,
        group: 'schedule',
        name: 'set',
        options: { cron: 'daily 08:00', thread: true, mention: { role } },
        memberPermissions: permissions.manageChannels,
      }),
    );
    const answer = await fake.waitFor(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${appId}/token-${id}/messages/@original`,
    );
    expect(JSON.stringify(answer.body)).toContain('Stories go in a thread');
    expect(stores.schedules.getSchedule({ platform: 'discord', id: channelId })).toMatchObject({
      thread: true,
      mention: role,
    });
  });
});
