import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registry } from '../../../commands/index.js';
import { commandPath } from '../../../commands/types.js';
import {
  buildSlackManifest,
  formatSlackManifest,
  slackManifestText,
} from '../../../src/adapters/slack/manifest.js';
import { repoRoot } from '../../helpers/run-lede.js';

describe('Slack app manifest', () => {
  it('matches the committed config/slack-manifest.json (regenerate it with `lede slack-manifest > config/slack-manifest.json`)', () => {
    const committed = readFileSync(join(repoRoot, 'config', 'slack-manifest.json'), 'utf8');
    expect(committed).toBe(slackManifestText({ commandName: 'news', mode: 'socket' }));
  });

  it('declares the root slash command with every subcommand in its usage hint', () => {
    const manifest = buildSlackManifest({ commandName: 'digest', mode: 'socket' });
    const [command] = manifest.features.slash_commands;
    expect(command!.command).toBe('/digest');
    expect(command!.should_escape).toBe(false);
    for (const definition of registry)
      expect(command!.usage_hint).toContain(commandPath(definition));
    expect(command!.usage_hint).toContain('summarize <url>');
  });

  it('lists subcommand groups such as `feeds add` in the usage hint', () => {
    const manifest = buildSlackManifest({
      commandName: 'news',
      mode: 'socket',
      registry: [
        ...registry,
        {
          group: 'feeds',
          name: 'add',
          description: 'Follow a feed',
          permission: 'manage',
          options: [{ name: 'url', description: 'Feed URL', type: 'string', required: true }],
          run: async () => ({}),
        },
      ],
    });
    expect(manifest.features.slash_commands[0]!.usage_hint).toContain('feeds add <url>');
  });

  it('asks for the scopes Lede uses and nothing more', () => {
    const manifest = buildSlackManifest({ commandName: 'news', mode: 'socket' });
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'commands',
      'chat:write',
      'chat:write.public',
      'users:read',
      'usergroups:read',
      'files:read',
      'channels:history',
      'groups:history',
    ]);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.slash_commands[0]).not.toHaveProperty('url');
  });

  it('points the slash command at a request URL in HTTP mode', () => {
    const manifest = buildSlackManifest({
      commandName: 'news',
      mode: 'http',
      requestUrl: 'https://bot.example.org/slack/events',
    });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.features.slash_commands[0]).toMatchObject({
      url: 'https://bot.example.org/slack/events',
    });
  });

  it.each(['socket', 'http'] as const)(
    'prints YAML that reads back as the same manifest (%s mode)',
    (mode) => {
      const manifest = buildSlackManifest({ commandName: 'news', mode });
      expect(parse(formatSlackManifest(manifest, 'yaml'))).toEqual(manifest);
    },
  );

  it('prints YAML that keeps characters YAML treats as syntax as plain text', () => {
    const tricky = ': # - [x] {y} \'q\' "d" | > & * ! % @ `';
    const manifest = buildSlackManifest({
      commandName: 'news',
      mode: 'http',
      requestUrl: `https://bot.example.org/slack/events?q=${encodeURIComponent(tricky)}`,
      registry: [{ ...registry[0]!, name: tricky, options: [] }],
    });
    const read = parse(formatSlackManifest(manifest, 'yaml'));
    expect(read).toEqual(manifest);
    expect(read.features.slash_commands[0].usage_hint).toContain(tricky);
  });
});

describe('Slack app manifest text limits', () => {
  it('keeps the long description between 174 and 4000 characters, as Slack requires', () => {
    const { long_description, description } = buildSlackManifest({
      commandName: 'news',
      mode: 'socket',
    }).display_information;
    expect(long_description.length).toBeGreaterThanOrEqual(174);
    expect(long_description.length).toBeLessThanOrEqual(4000);
    expect(description.length).toBeLessThanOrEqual(140);
  });
});
