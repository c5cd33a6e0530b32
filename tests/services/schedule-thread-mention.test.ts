import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import { runCommand } from '../../commands/run-command.js';
import type { CommandDeps, CommandInput } from '../../commands/types.js';
import { buildCommandJson } from '../../src/adapters/discord/command-json.js';
import { openStores } from '../../src/adapters/sqlite/open-stores.js';
import type { Reply } from '../../src/core/reply.js';
import { createChannelServices } from '../../src/services/channel-services.js';
import type { ChannelRef } from '../../src/services/ports.js';
import { parseMention } from '../../src/services/scheduler/mention.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const find = (name: string) => registry.find((c) => c.group === 'schedule' && c.name === name)!;
const text = (reply: Reply) => JSON.stringify(reply.body);

/** `schedule set` then `schedule show` through runCommand over a real SQLite file. */
function session(channel: ChannelRef) {
  const stores = openStores(mkdtempSync(join(tmpdir(), 'lede-sched-cmd-')));
  const channels = createChannelServices({
    store: stores.feeds,
    schedules: stores.schedules,
    fetcher: {} as never,
    engine: {} as never,
    itemText: {} as never,
    clock: { now: () => Date.UTC(2026, 11, 1, 7) },
    log: quiet,
  });
  const deps = { commandName: 'news', registry, channels, engine: {} } as unknown as CommandDeps;
  const run = (name: string, options: CommandInput['options'], canManage = true) =>
    runCommand(find(name), { options, user: { id: 'U1', canManage }, channel }, deps, quiet);
  return { stores, run };
}

describe('schedule set thread:… mention:…', () => {
  it('stores a thread and a Discord role for a manager, and schedule show says so', async () => {
    const channel: ChannelRef = { platform: 'discord', id: '620000000000000001' };
    const { stores, run } = session(channel);
    const set = await run('set', {
      cron: 'daily 08:00',
      thread: 'true',
      mention: '555555555555555555',
    });
    expect(set.title).toBe('Schedule set');
    expect(stores.schedules.getSchedule(channel)).toMatchObject({
      thread: true,
      mention: '555555555555555555',
    });
    const show = text(await run('show', {}));
    expect(show).toContain('Stories go in a thread');
    expect(show).toContain('555555555555555555');
    stores.close();
  });

  it('refuses a member, and keeps the schedule as it was', async () => {
    const channel: ChannelRef = { platform: 'discord', id: '620000000000000002' };
    const { stores, run } = session(channel);
    await run('set', { cron: 'daily 08:00' });
    const refused = await run('set', { cron: 'daily 08:00', mention: '555555555555555555' }, false);
    expect(refused.private).toBe(true);
    expect(stores.schedules.getSchedule(channel)?.mention).toBeNull();
    stores.close();
  });

  it('refuses a mention that is not a role, naming what it wants', async () => {
    const channel: ChannelRef = { platform: 'discord', id: '620000000000000003' };
    const { stores, run } = session(channel);
    const reply = await run('set', { cron: 'daily 08:00', mention: '@everyone' });
    expect(text(reply)).toContain('must be a role');
    expect(stores.schedules.getSchedule(channel)).toBeNull();
    stores.close();
  });

  it('registers mention as a Discord role option (type 8) and thread as a boolean', () => {
    const json = JSON.stringify(buildCommandJson(registry, 'news'));
    expect(json).toContain('{"type":8,"name":"mention"');
    expect(json).toContain('{"type":5,"name":"thread"');
  });
});

describe('parseMention', () => {
  it.each([
    ['discord', '555555555555555555', '555555555555555555'],
    ['discord', '<@&555555555555555555>', '555555555555555555'],
    ['slack', 'S0NEWSDESK', 'S0NEWSDESK'],
    ['slack', '<!subteam^S0NEWSDESK|@news-desk>', 'S0NEWSDESK'],
    ['slack', '@News-Desk', '@news-desk'],
  ] as const)('%s %s -> %s', (platform, typed, stored) => {
    expect(parseMention(platform, typed)).toBe(stored);
  });

  it.each([
    ['discord', '@everyone'],
    ['discord', '<@123456789012345678>'],
    ['slack', '<!channel>'],
    ['slack', 'news desk'],
    ['console', '555555555555555555'],
  ] as const)('refuses %s %s', (platform, typed) => {
    expect(() => parseMention(platform, typed)).toThrow(/mention/);
  });
});
