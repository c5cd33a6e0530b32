import type { Config } from '../../config.js';
import { describeFailure, UserError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { packageVersion } from '../../package-root.js';
import type { AnalysisPool } from '../analysis-pool/analysis-pool.js';
import { checkHeartbeat } from '../heartbeat.js';
import type { SafeFetcher } from '../http/safe-fetcher.js';
import { withLlmDigest } from '../llm/with-llm-digest.js';
import type { CliIo } from './summarize-cli.js';
import { usage } from './usage.js';

export interface CliContext {
  io: CliIo;
  /** Config and logger are built lazily: `--help` must work even with a broken .env. */
  config(): Config;
  logger(): Logger;
}

type Handler = (args: string[], ctx: CliContext) => Promise<number>;

/**
 * Each command loads what it needs when it runs: `lede summarize` or `--version` never pays for
 * discord.js and Bolt, which only `start` and the platform commands use.
 */
const handlers: Record<string, Handler> = {
  start: async (_args, ctx) => {
    const { startLede } = await import('../../main.js');
    return startLede(ctx.config(), ctx.logger());
  },
  summarize: (args, ctx) =>
    withEngine(ctx, async ({ config, fetcher, engine }) => {
      const { createArticleLoader } = await import('../article-loader.js');
      const { summarizeCli } = await import('./summarize-cli.js');
      const load = createArticleLoader(fetcher, {
        allowFiles: true,
        maxFileBytes: config.fetchMaxBytes,
      });
      return summarizeCli(args, { engine, load }, ctx.io);
    }),
  digest: (args, ctx) =>
    withEngine(ctx, async ({ config, fetcher, engine }) => {
      const { digestCli } = await import('./digest-cli.js');
      return digestCli(args, { engine, fetcher, maxFileBytes: config.fetchMaxBytes }, ctx.io);
    }),
  healthcheck: async (_args, ctx) => checkHeartbeat(ctx.config().dataDir, Date.now(), ctx.io),
  'register-commands': async (args, ctx) =>
    (await import('./platform-cli.js')).registerCommandsCli(args, ctx.config(), ctx.io),
  'slack-manifest': async (args, ctx) =>
    (await import('./platform-cli.js')).slackManifestCli(args, ctx.config(), ctx.io),
};

interface EngineDeps {
  config: Config;
  fetcher: SafeFetcher;
  engine: AnalysisPool;
}

/** The fetcher and a one-worker analysis pool for one command, closed when it is done. */
async function withEngine(
  ctx: CliContext,
  run: (deps: EngineDeps) => Promise<number>,
): Promise<number> {
  const config = ctx.config();
  const { lazyFetcher } = await import('../lazy-fetcher.js');
  const { createEnginePool } = await import('../analysis-pool/engine-pool.js');
  const fetcher = lazyFetcher(config);
  const engine = withLlmDigest(
    createEnginePool(config, 1, { prestart: true }),
    config,
    ctx.logger(),
  );
  try {
    return await run({ config, fetcher, engine });
  } finally {
    await Promise.all([fetcher.close(), engine.close()]);
  }
}

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
