import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../helpers/fake-discord/fake-discord.js';
import { appId } from '../helpers/fake-discord/payloads.js';
import { runLedeInProcess } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/run-lede.js';

describe('lede register-commands and lede slack-manifest', () => {
  let discord: FakeDiscord;
  beforeAll(async () => {
    discord = await startFakeDiscord();
  });
  afterAll(() => discord.close());

  it('publishes the registry to one server with a single bulk overwrite', async () => {
    const run = await runLedeInProcess(['register-commands', '--guild', '222222222222222222'], {
      env: {
        DISCORD_TOKEN: 'test-token',
        DISCORD_APPLICATION_ID: appId,
        DISCORD_API_URL: discord.apiUrl,
      },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Registered /news');
    const put = await discord.waitFor((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${appId}/guilds/222222222222222222/commands`);
    const [root] = put.body as { name: string; options: { name: string }[] }[];
    expect(root!.options.map((o) => o.name)).toEqual(
      expect.arrayContaining(['summarize', 'framing', 'digest', 'feeds', 'schedule', 'help']),
    );
  });

  it('says what is missing when the Discord credentials are not set', async () => {
    const run = await runLedeInProcess(['register-commands']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  });

  it('prints the committed Slack manifest for the default command', async () => {
    const run = await runLedeInProcess(['slack-manifest']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(repoRoot, 'config', 'slack-manifest.json'), 'utf8'));
    const yaml = await runLedeInProcess([
      'slack-manifest',
      '--format',
      'yaml',
      '--mode',
      'http',
      '--request-url',
      'https://lede.example/slack/events',
    ]);
    expect(yaml.stdout).toContain('https://lede.example/slack/events');
    expect(yaml.stdout).toMatch(/command: "?\/news"?/);
  });

  it.each([
    ['--mode http', ['--mode', 'http'], {}],
    ['SLACK_MODE=http', [], { SLACK_MODE: 'http' }],
  ])(
    'refuses an HTTP-mode manifest (%s) without the address Slack posts to',
    async (_, args, env) => {
      const run = await runLedeInProcess(['slack-manifest', ...args], { env });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('--mode http needs --request-url');
    },
  );
});
