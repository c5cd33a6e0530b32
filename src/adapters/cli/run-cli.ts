import type { Config } from '../../config.js';
import { describeFailure, UserError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { startLede } from '../../main.js';
import { packageVersion } from '../../package-root.js';
import { createEnginePool } from '../analysis-pool/engine-pool.js';
import { createArticleLoader } from '../article-loader.js';
import { fetcherFromConfig } from '../fetcher-from-config.js';
import { checkHeartbeat } from '../heartbeat.js';
import { digestCli } from './digest-cli.js';
import { registerCommandsCli, slackManifestCli } from './platform-cli.js';
import { type CliIo, summarizeCli } from './summarize-cli.js';
import { usage } from './usage.js';

export interface CliContext {
  io: CliIo;
  /** Config and logger are built lazily: `--help` must work even with a broken .env. */
  config(): Config;
  logger(): Logger;
}

type Handler = (args: string[], ctx: CliContext) => Promise<number>;

const handlers: Record<string, Handler> = {
  start: (_args, ctx) => startLede(ctx.config(), ctx.logger()),
  summarize: async (args, ctx) => {
    const config = ctx.config();
    const fetcher = fetcherFromConfig(config);
    const engine = createEnginePool(config, 1);
    try {
      const load = createArticleLoader(fetcher, {
        allowFiles: true,
        maxFileBytes: config.fetchMaxBytes,
      });
      return await summarizeCli(args, { engine, load }, ctx.io);
    } finally {
      await Promise.all([fetcher.close(), engine.close()]);
    }
  },
  digest: async (args, ctx) => {
    const config = ctx.config();
    const fetcher = fetcherFromConfig(config);
    const engine = createEnginePool(config, 1);
    try {
      return await digestCli(args, { engine, fetcher, maxFileBytes: config.fetchMaxBytes }, ctx.io);
    } finally {
      await Promise.all([fetcher.close(), engine.close()]);
    }
  },
  healthcheck: async (_args, ctx) => checkHeartbeat(ctx.config().dataDir, Date.now(), ctx.io),
  'register-commands': (args, ctx) => registerCommandsCli(args, ctx.config(), ctx.io),
  'slack-manifest': async (args, ctx) => slackManifestCli(args, ctx.config(), ctx.io),
};

/** Runs one `lede …` invocation and returns its exit code. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || ['-h', '--help', 'help'].includes(command)) {
    ctx.io.stdout(usage);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    ctx.io.stdout(`lede ${packageVersion()}\n`);
    return 0;
  }
  const handler = handlers[command];
  if (!handler) {
    ctx.io.stderr(`lede: unknown command "${command}". Run lede --help for the list.\n`);
    return 2;
  }
  try {
    return await handler(args, ctx);
  } catch (error) {
    if (isUsageError(error)) {
      // parseArgs explains at length how to pass positionals that start with '-'; keep one line.
      ctx.io.stderr(`lede: ${(error as Error).message.split('. ')[0]}. See lede --help.\n`);
      return 2;
    }
    const message =
      error instanceof UserError ? error.message : describeFailure(error, ctx.logger());
    ctx.io.stderr(`lede: ${message}\n`);
    return 1;
  }
}

/** node:util parseArgs reports unknown flags and bad values with these codes. */
function isUsageError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return code.startsWith('ERR_PARSE_ARGS_');
}
