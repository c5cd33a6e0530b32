import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../commands/index.js';
import { storyCount } from '../../commands/option-rules.js';
import { runCommand } from '../../commands/run-command.js';
import type { CommandDefinition, CommandDeps } from '../../commands/types.js';
import { buildCommandJson } from '../../src/adapters/discord/command-json.js';
import { startsPrivate } from '../../src/adapters/discord/interaction-input.js';
import { parseConfig } from '../../src/config.js';
import type { ChannelServices } from '../../src/services/channel-types.js';
import { repoRoot } from '../helpers/run-lede.js';

const quiet = { error() {}, warn() {}, info() {}, debug() {} };
const channel = { platform: 'console' as const, id: 'console' };
const user = { id: 'u1', canManage: true };
const defaults: unknown = JSON.parse(
  readFileSync(join(repoRoot, 'config', 'defaults.json'), 'utf8'),
);

const command = (path: string): CommandDefinition =>
  registry.find((c) => (c.group ? `${c.group} ${c.name}` : c.name) === path)!;

/** Channel services that record what the digest commands were asked for. */
function recordingChannels() {
  const asked: { digest?: number; schedule?: number } = {};
  const channels = {
    async digest(_channel: unknown, options: { max: number }) {
      asked.digest = options.max;
      return { body: ['digest'] };
    },
    async setSchedule(_channel: unknown, request: { maxItems: number }) {
      asked.schedule = request.maxItems;
      return {
        label: 'daily 08:00',
        cron: '0 8 * * *',
        timezone: 'UTC',
        maxItems: request.maxItems,
        thread: false,
        mention: null,
        nextRuns: [],
        lastRunAt: null,
        pausedReason: null,
      };
    },
    listFeeds: async () => [],
  } as unknown as ChannelServices;
  return { asked, channels };
}

function depsWith(channels: ChannelServices): CommandDeps {
  return {
    engine: { analyze: async () => Promise.reject(new Error('unused')) },
    loadArticle: async () => Promise.reject(new Error('unused')),
    commandName: 'news',
    registry,
    channels,
  };
}

type JsonOption = { name: string; min_value?: number; max_value?: number; description: string };

function registeredOption(group: string | null, name: string, option: string): JsonOption {
  type Node = { name: string; options?: Node[] } & JsonOption;
  const top = buildCommandJson(registry, 'news').options as Node[];
  const parent = group ? top.find((o) => o.name === group)!.options! : top;
  return parent.find((o) => o.name === name)!.options!.find((o) => o.name === option)!;
}

describe('one declared story count drives every digest rule', () => {
  const { min, max } = storyCount.range;

  it.each([
    ['digest', null, 'digest'],
    ['schedule set', 'schedule', 'set'],
  ])('Discord registers %s max with the declared range and default', (_, group, name) => {
    const option = registeredOption(group, name, 'max');
    expect(option).toMatchObject({ min_value: min, max_value: max });
    expect(option.description).toContain(`default ${storyCount.default}, up to ${max}`);
  });

  it.each([
    ['digest', {}],
    ['schedule set', { cron: 'daily 08:00' }],
  ])('%s refuses one past the range, naming it', async (path, required) => {
    const { channels } = recordingChannels();
    const options = { ...required, max: max + 1 };
    const reply = await runCommand(
      command(path),
      { options, user, channel },
      depsWith(channels),
      quiet,
    );
    expect(reply).toEqual({ private: true, body: [`\`max\` must be between ${min} and ${max}.`] });
  });

  it('digest and schedule set get the declared default and accept the top of the range', async () => {
    const { asked, channels } = recordingChannels();
    const deps = depsWith(channels);
    const input = (options: Record<string, string | number>) => ({ options, user, channel });
    await runCommand(command('digest'), input({}), deps, quiet);
    await runCommand(command('schedule set'), input({ cron: 'daily 08:00' }), deps, quiet);
    expect(asked).toEqual({ digest: storyCount.default, schedule: storyCount.default });
    await runCommand(command('digest'), input({ max }), deps, quiet);
    expect(asked.digest).toBe(max);
  });

  it('help shows the declared range of digest and schedule set', async () => {
    const help = await runCommand(
      command('help'),
      { options: {}, user, channel },
      depsWith(recordingChannels().channels),
      quiet,
    );
    const usage = JSON.stringify(help.body);
    expect(usage).toContain(`/news digest [since:<since>] [max:<${min}-${max}>]`);
    expect(usage.split(`[max:<${min}-${max}>]`)).toHaveLength(3);
  });

  it('a webhook schedule in the settings takes the same range and default', () => {
    const hook = (extra: object) =>
      JSON.stringify([
        {
          url: 'https://hooks.slack.com/services/T/B/x',
          when: 'daily 08:00',
          feeds: ['https://example.com/feed.xml'],
          ...extra,
        },
      ]);
    const read = (extra: object) =>
      parseConfig({ LEDE_WEBHOOK_SCHEDULES: hook(extra) }, defaults).webhookSchedules[0]?.max;
    expect(read({})).toBe(storyCount.default);
    expect(read({ max })).toBe(max);
    expect(() => read({ max: max + 1 })).toThrow(/LEDE_WEBHOOK_SCHEDULES/);
  });
});

describe('privacy is declared on the command definition', () => {
  const ask = (c: CommandDefinition, options: Record<string, boolean> = {}) =>
    runCommand(c, { options, user, channel }, depsWith(recordingChannels().channels), quiet);

  it('a command declared private answers privately, on Discord from the start', async () => {
    const notice: CommandDefinition = {
      name: 'notice',
      description: 'A private notice',
      permission: 'everyone',
      privacy: 'private',
      options: [],
      run: async () => ({ body: ['only you'] }),
    };
    expect(await ask(notice)).toEqual({ private: true, body: ['only you'] });
    expect(startsPrivate(notice, { options: {}, user, channel })).toBe(true);
    expect(startsPrivate({ ...notice, privacy: 'public' }, { options: {}, user, channel })).toBe(
      false,
    );
  });

  it('help is private and summarize lets the asker choose', async () => {
    expect((await ask(command('help'))).private).toBe(true);
    const summarize = command('summarize');
    expect(startsPrivate(summarize, { options: { private: true }, user, channel })).toBe(true);
    expect(startsPrivate(summarize, { options: {}, user, channel })).toBe(false);
  });

  it('every command that offers the private option declares that the asker chooses', () => {
    for (const c of registry) {
      const offersChoice = c.options.some((o) => o.name === 'private');
      expect([c.name, offersChoice]).toEqual([c.name, c.privacy === 'asker-chooses']);
    }
  });
});
