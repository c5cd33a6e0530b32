import type { Config } from '../../config.js';
import { createEngine } from '../../core/engine.js';
import { describeFailure, UserError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { startLede } from '../../main.js';
import { packageVersion } from '../../package-root.js';
import { checkHeartbeat } from '../heartbeat.js';
import { loadLexicon } from '../lexicon-file.js';
import { type CliIo, summarizeCli } from './summarize-cli.js';
import { usage } from './usage.js';

export interface CliContext {
  io: CliIo;
  /** Config and logger are built lazily: `--help` must work even with a broken .env. */
  config(): Config;
  logger(): Logger;
}

/** Runs one `lede …` invocation and returns its exit code. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        ctx.io.stdout(usage);
        return 0;
      case '-v':
      case '--version':
        ctx.io.stdout(`lede ${packageVersion()}\n`);
        return 0;
      case 'summarize': {
        const config = ctx.config();
        const engine = createEngine({ ...config, lexicon: loadLexicon() });
        return await summarizeCli(args, engine, ctx.io);
      }
      case 'start':
        return await startLede(ctx.config(), ctx.logger());
      case 'healthcheck':
        return checkHeartbeat(ctx.config().dataDir, Date.now(), ctx.io);
      default:
        ctx.io.stderr(`lede: unknown command "${command}". Run lede --help for the list.\n`);
        return 2;
    }
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
