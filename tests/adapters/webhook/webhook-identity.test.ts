import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../../src/adapters/sqlite/open-stores.js';
import { createWebhookPoster } from '../../../src/adapters/webhook/post-webhook.js';
import {
  syncWebhookSchedules,
  webhookChannelId,
} from '../../../src/adapters/webhook/webhook-schedules.js';
import { deliverEntry } from '../../../src/services/delivery/deliver-entry.js';
import { webhookSchedulesSchema } from '../../../src/setting-schemas.js';
import { type FakeDiscord, startFakeDiscord } from '../../helpers/fake-discord/fake-discord.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../helpers/fake-slack/web-api.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const avatar = 'https://images.example.org/lede.png';
const reply = { title: 'Digest', items: [{ title: 'Harbour', digest: ['One.'], noteCounts: {} }] };

/** Parses one LEDE_WEBHOOK_SCHEDULES entry, syncs it into a real SQLite file and posts once. */
async function postThroughWebhook(entry: Record<string, unknown>) {
  const hooks = webhookSchedulesSchema.parse(JSON.stringify([entry]));
  const stores = openStores(mkdtempSync(join(tmpdir(), 'lede-hook-')));
  const targets = syncWebhookSchedules(hooks, stores, 1_000);
  const poster = createWebhookPoster(targets);
  const channel = { platform: 'webhook' as const, id: webhookChannelId(hooks[0]!.url) };
  const layout = { thread: false, mention: null, name: 'Digest' };
  const queued = stores.outbox.enqueue(
    {
      channel,
      key: `webhook:${channel.id}@2026-05-01T08:00:00.000Z`,
      slotAt: 0,
      windowStart: 0,
      windowEnd: 1,
      itemIds: [],
      ...(await poster.plan(reply, channel.id, layout)),
    },
    1_000,
  )!;
  const deps = {
    outbox: stores.outbox,
    runs: stores.runs,
    poster,
    clock: { now: () => 2_000 },
    log: quiet,
  };
  const result = await deliverEntry(queued, deps);
  stores.close();
  return result;
}

const schedule = { when: 'daily 08:00', feeds: ['https://example.org/feed.xml'] };

describe('webhook schedules post under their own name and picture', () => {
  let discord: FakeDiscord;
  let slack: FakeSlackApi;
  beforeAll(async () => {
    [discord, slack] = await Promise.all([startFakeDiscord(), startFakeSlackApi()]);
  });
  afterAll(() => Promise.all([discord.close(), slack.close()]));

  it('sends username and avatar_url to a Discord webhook', async () => {
    const url = `${discord.apiUrl}/v10/webhooks/321/hook-token`;
    const entry = { ...schedule, url, kind: 'discord', name: 'Morning Desk', avatar };
    expect(await postThroughWebhook(entry)).toBe('delivered');
    const post = discord.requests.find((r) => r.path === '/webhooks/321/hook-token');
    expect(post?.body).toMatchObject({ username: 'Morning Desk', avatar_url: avatar });
  });

  it('sends username and icon_url to a Slack incoming webhook', async () => {
    const entry = {
      ...schedule,
      url: slack.webhookUrl,
      kind: 'slack',
      name: 'Morning Desk',
      avatar,
    };
    expect(await postThroughWebhook(entry)).toBe('delivered');
    expect(slack.webhookPosts[0]).toMatchObject({ username: 'Morning Desk', icon_url: avatar });
    expect(slack.webhookPosts[0]).not.toHaveProperty('avatar_url');
  });

  it('leaves the webhook its own identity when no name or avatar is given', async () => {
    const url = `${discord.apiUrl}/v10/webhooks/654/plain-token`;
    expect(await postThroughWebhook({ ...schedule, url, kind: 'discord' })).toBe('delivered');
    const post = discord.requests.find((r) => r.path === '/webhooks/654/plain-token');
    expect(post?.body).not.toHaveProperty('username');
    expect(post?.body).not.toHaveProperty('avatar_url');
  });

  it('refuses a name Discord would reject and an avatar that is not a web URL', () => {
    const url = 'https://discord.com/api/webhooks/1/abc';
    const parse = (extra: object) =>
      webhookSchedulesSchema.safeParse(JSON.stringify([{ ...schedule, url, ...extra }]));
    expect(parse({ name: 'My Discord Bot' }).error?.issues[0]?.message).toContain('discord');
    expect(parse({ avatar: 'file:///etc/passwd' }).success).toBe(false);
    expect(parse({ name: 'x'.repeat(81) }).success).toBe(false);
    expect(parse({ name: 'Morning Desk', avatar }).success).toBe(true);
  });
});
