import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from './helpers/fake-discord/fake-discord.js';
import { runLede } from './helpers/run-lede.js';
import { type LedeProcess, spawnLede } from './helpers/spawn-lede.js';

/** Resolves when the process has written `text` to stdout or stderr. */
function outputReaches(lede: LedeProcess, text: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!lede.output().includes(text)) return;
      lede.child.stderr.off('data', check);
      resolve();
    };
    lede.child.stderr.on('data', check);
    check();
  });
}

describe('lede start when the heartbeat cannot be written', () => {
  let discord: FakeDiscord | undefined;
  let lede: LedeProcess | undefined;

  afterAll(async () => {
    lede?.child.kill('SIGKILL');
    await discord?.close();
  });

  it('keeps running, logs the fault once, and healthcheck reports it', async () => {
    discord = await startFakeDiscord();
    const dataDir = mkdtempSync(join(tmpdir(), 'lede-beatproc-'));
    // Even root cannot write a file where a directory is: the beat fails with EISDIR.
    mkdirSync(join(dataDir, 'heartbeat'));
    lede = spawnLede(['start'], {
      DISCORD_TOKEN: 'test-token',
      DISCORD_API_URL: discord.apiUrl,
      LEDE_DATA_DIR: dataDir,
    });
    const started = lede;
    const exitedEarly = started.exited.then((code) => {
      throw new Error(`lede exited (${code}): ${started.output()}`);
    });
    await Promise.race([discord.identified, exitedEarly]);
    await outputReaches(lede, 'Lede is unhealthy');

    const health = await runLede(['healthcheck'], { env: { LEDE_DATA_DIR: dataDir } });
    expect(health.code).toBe(1);
    expect(health.stderr).toMatch(/unhealthy: cannot write the heartbeat: EISDIR/);
    expect(lede.child.exitCode).toBeNull();
    expect(lede.output().match(/Lede is unhealthy/g)).toHaveLength(1);

    lede.child.kill('SIGTERM');
    expect(await lede.exited).toBe(0);
  });
});
