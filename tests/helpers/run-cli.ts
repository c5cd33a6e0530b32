import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/adapters/cli/run-cli.js';
import { deferredLog } from '../../src/compose/cli-context.js';
import { parseConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { Config } from '../../src/settings.js';
import { type LedeRun, repoRoot } from './run-lede.js';

const defaults: unknown = JSON.parse(
  readFileSync(join(repoRoot, 'config', 'defaults.json'), 'utf8'),
);

/**
 * Runs one `lede …` invocation in this process through `runCli`, the function the launcher
 * calls, with the given environment over the shipped defaults and a fresh data folder. Quick
 * enough for every option and output check; `runLede` keeps the child-process cases (exit
 * codes of the real launcher, stdin, signals).
 */
export async function runLedeInProcess(
  args: string[],
  options: { env?: Record<string, string> } = {},
): Promise<LedeRun> {
  let stdout = '';
  let stderr = '';
  let config: Config | undefined;
  const env = {
    LEDE_DATA_DIR: mkdtempSync(join(tmpdir(), 'lede-test-')),
    LEDE_LOG_LEVEL: 'warn',
    ...options.env,
  };
  let made: Logger | undefined;
  const logger = () => (made ??= createLogger(config?.logLevel ?? 'warn', false));
  const code = await runCli(args, {
    io: {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
    },
    config: () => (config ??= parseConfig(env, defaults)),
    logger,
    log: deferredLog(logger),
  });
  return { code, stdout, stderr };
}
