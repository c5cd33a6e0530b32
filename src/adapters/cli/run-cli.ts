import type { CliContext } from '../../compose/cli-context.js';
import type { CliRuntime } from '../../compose/cli-runtime.js';
import { describeFailure, UserError } from '../../errors.js';
import { packageVersion } from '../../package-root.js';
import { checkHeartbeat } from '../heartbeat.js';
import { usage } from './usage.js';

type Handler = (args: string[], ctx: CliContext) => Promise<number>;

/**
 * Each command loads what it needs when it runs: `lede summarize` or `--version` never pays for
 * discord.js and Bolt, which only `start` and the platform commands use.
 */
const handlers: Record<string, Handler> = {
  start: async (_args, ctx) => {
    const { startLede } = await import('../../compose/start-lede.js');
    return startLede(ctx.config(), ctx.logger());
  },
  summarize: (args, ctx) =>
    withRuntime(ctx, async ({ config, fetchers, engine }) => {
      const { createArticleLoader } = await import('../article-loader.js');
      const { summarizeCli } = await import('./summarize-cli.js');
      const load = createArticleLoader(fetchers.web, {
        allowFiles: true,
        maxFileBytes: config.fetchMaxBytes,
      });
      return summarizeCli(args, { engine, load }, ctx.io);
    }),
  digest: (args, ctx) =>
    withRuntime(ctx, async ({ fetchers, engine }) => {
      const { digestCli } = await import('./digest-cli.js');
      const { web, itemText, readLocal } = fetchers;
      return digestCli(args, { engine, fetcher: web, itemText, readLocal }, ctx.io);
    }),
  healthcheck: async (_args, ctx) => checkHeartbeat(ctx.config().dataDir, Date.now(), ctx.io),
  'register-commands': async (args, ctx) =>
    (await import('./platform-cli.js')).registerCommandsCli(args, ctx.config(), ctx.io),
  'slack-manifest': async (args, ctx) =>
    (await import('./platform-cli.js')).slackManifestCli(args, ctx.config(), ctx.io),
};

/** The composition root's runtime for one command, loaded only by the commands that analyse. */
async function withRuntime(
  ctx: CliContext,
  run: (runtime: CliRuntime) => Promise<number>,
): Promise<number> {
  const { withCliRuntime } = await import('../../compose/cli-runtime.js');
  return withCliRuntime(ctx.config(), ctx.log, run);
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
