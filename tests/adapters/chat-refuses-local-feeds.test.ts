import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandDeps } from '../../commands/types.js';
import { type DiscordSession, startDiscord } from '../../src/adapters/discord/index.js';
import { createSafeFetcher } from '../../src/adapters/http/safe-fetcher.js';
import { withLocalFeeds } from '../../src/adapters/local-feed-fetcher.js';
import { type SlackSession, startSlack } from '../../src/adapters/slack/start-slack.js';
import { openStores, type Stores } from '../../src/adapters/sqlite/open-stores.js';
import { createChannelServices } from '../../src/services/channel-services.js';
import { type FakeDiscord, startFakeDiscord } from '../helpers/fake-discord/fake-discord.js';
import { appId, permissions, slashCommand } from '../helpers/fake-discord/payloads.js';
import { slackHttpConfig } from '../helpers/fake-slack/http-config.js';
import { postSlashCommand } from '../helpers/fake-slack/sign.js';
import { type FakeSlackApi, startFakeSlackApi, waitFor } from '../helpers/fake-slack/web-api.js';
import { repoRoot } from '../helpers/run-lede.js';
import { recordingLog, testDeps } from './discord/test-deps.js';

const refusal = 'Give the feed’s link, starting with https://.';
const sampleFeed = resolve(repoRoot, 'examples', 'feed.xml');
/** What a stranger in chat might type to make Lede read the host's files. */
const paths = ['examples/feed.xml', sampleFeed, pathToFileURL(sampleFeed).href];
const secret = 'test-signing-secret';

let stores: Stores;
let deps: CommandDeps;
const safe = createSafeFetcher({});

beforeAll(() => {
  stores = openStores(mkdtempSync(join(tmpdir(), 'lede-chat-files-')));
  const channels = createChannelServices({
    store: stores.feeds,
    schedules: stores.schedules,
    // The same feed fetcher as `lede start`: it would read the file if asked to.
    fetcher: withLocalFeeds(safe, 1_000_000),
    engine: {} as never,
    itemText: {} as never,
    clock: { now: () => Date.now() },
    log: recordingLog(),
  });
  deps = { ...testDeps(), channels };
});

afterAll(async () => {
  stores.close();
  await safe.close();
});

describe('a feed file path typed in chat', () => {
  let fake: FakeDiscord;
  let session: DiscordSession;
  beforeAll(async () => {
    fake = await startFakeDiscord();
    session = await startDiscord({
      config: { discordToken: 'test-token', discordApiUrl: fake.apiUrl },
      deps,
      logger: recordingLog(),
    });
  });
  afterAll(async () => {
    await session.stop();
    await fake.close();
  });

  it.each(paths)('is refused on Discord, even for a manager: %s', async (url) => {
    const id = String(800_000_000_000_000_000n + BigInt(paths.indexOf(url)));
    fake.dispatch(
      'INTERACTION_CREATE',
      slashCommand({
        id,
        group: 'feeds',
        name: 'add',
        options: { url },
        memberPermissions: permissions.manageChannels,
      }),
    );
    // A public placeholder, then the refusal as a private follow-up.
    const followUp = await fake.waitFor(
      (r) => r.method === 'POST' && r.path === `/webhooks/${appId}/token-${id}`,
    );
    expect(JSON.stringify(followUp.body)).toContain(refusal);
    expect(stores.feeds.feedByUrl(pathToFileURL(sampleFeed).href)).toBeNull();
  });
});

describe('a feed file path typed in Slack', () => {
  let api: FakeSlackApi;
  let session: SlackSession;
  let eventsUrl: string;
  beforeAll(async () => {
    api = await startFakeSlackApi();
    session = await startSlack({
      config: slackHttpConfig(api.apiUrl, secret, ['UMANAGER']),
      deps,
      logger: recordingLog(),
      host: '127.0.0.1',
    });
    eventsUrl = `http://127.0.0.1:${session.port}/slack/events`;
  });
  afterAll(async () => {
    await session.stop();
    await api.close();
  });

  it.each(paths)('is refused on Slack, even for a manager: %s', async (url) => {
    const id = `file-${paths.indexOf(url)}`;
    await postSlashCommand(eventsUrl, secret, {
      text: `feeds add url:${url}`,
      user_id: 'UMANAGER',
      channel_id: 'C0001',
      response_url: api.responseUrl(id),
    });
    const response = await waitFor(() => api.responses.find((r) => r.id === id));
    expect(JSON.stringify(response.body)).toContain(refusal);
    expect(stores.feeds.feedByUrl(pathToFileURL(sampleFeed).href)).toBeNull();
  });
});
