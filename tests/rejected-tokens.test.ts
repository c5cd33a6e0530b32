import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLede } from './helpers/run-lede.js';

/** A platform API that refuses every token, as Discord and Slack do for a revoked one. */
describe('lede start with tokens the platform refuses', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const slack = req.url?.startsWith('/slack/');
      res.writeHead(slack ? 200 : 401, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          slack ? { ok: false, error: 'invalid_auth' } : { message: '401: Unauthorized', code: 0 },
        ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('names the Discord token and exits instead of retrying', async () => {
    const run = await runLede(['start'], {
      env: { DISCORD_TOKEN: 'revoked', DISCORD_API_URL: `${origin}/api` },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('lede: Discord refused DISCORD_TOKEN');
  });

  it('names the Slack token and exits instead of waiting for a socket that never opens', async () => {
    const run = await runLede(['start'], {
      env: {
        SLACK_BOT_TOKEN: 'xoxb-revoked',
        SLACK_APP_TOKEN: 'xapp-1-revoked',
        SLACK_API_URL: `${origin}/slack/api/`,
      },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('lede: Slack refused SLACK_BOT_TOKEN (invalid_auth)');
  });
});
