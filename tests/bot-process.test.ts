import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from './helpers/fake-discord/fake-discord.js';
import { slashCommand } from './helpers/fake-discord/payloads.js';
import { type LocalServer, startLocalServer } from './helpers/local-server.js';
import { repoRoot } from './helpers/run-lede.js';
import { type LedeProcess, spawnLede } from './helpers/spawn-lede.js';

const page = readFileSync(join(repoRoot, 'tests/fixtures/articles/library-hours.html'), 'utf8');

describe('the bot process (lede start with a Discord token)', () => {
  let discord: FakeDiscord;
  let pages: LocalServer;
  let lede: LedeProcess;

  beforeAll(async () => {
    discord = await startFakeDiscord();
    pages = await startLocalServer();
    pages.route('/story', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    });
    lede = spawnLede(['start'], {
      DISCORD_TOKEN: 'test-token',
      DISCORD_API_URL: discord.apiUrl,
      LEDE_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    });
    await discord.identified;
  });

  afterAll(async () => {
    lede.child.kill('SIGKILL');
    await Promise.all([discord.close(), pages.close()]);
  });

  it('answers /news summarize with a digest of the fetched page, mentioning nobody', async () => {
    discord.dispatch(
      'INTERACTION_CREATE',
      slashCommand({
        id: '900000000000000001',
        name: 'summarize',
        options: { url: `${pages.origin}/story` },
      }),
    );
    const edit = await discord.waitFor(
      (r) => r.method === 'PATCH' && r.path.includes('token-900000000000000001'),
    );
    const body = edit.body as {
      embeds: { title?: string; description?: string }[];
      allowed_mentions: unknown;
    };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(body.embeds)).toContain('1,300 residents');
  });

  it('refuses a file path from a chat user', async () => {
    discord.dispatch(
      'INTERACTION_CREATE',
      slashCommand({
        id: '900000000000000002',
        name: 'summarize',
        options: { url: '/etc/passwd' },
      }),
    );
    const reply = await discord.waitFor(
      (r) =>
        r.path.includes('token-900000000000000002') &&
        JSON.stringify(r.body ?? null).includes('Give a link'),
    );
    expect(JSON.stringify(reply.body)).not.toContain('root:');
  });

  it('shuts down cleanly on SIGTERM', async () => {
    lede.child.kill('SIGTERM');
    expect(await lede.exited).toBe(0);
    expect(lede.output()).toContain('shutting down');
  });
});
