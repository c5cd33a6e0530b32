import type { CliIo } from '../adapters/cli/summarize-cli.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Log } from '../services/ports.js';

export interface CliContext {
  io: CliIo;
  /** Config and logger are built lazily: `--help` must work even with a broken .env. */
  config(): Config;
  logger(): Logger;
  /** Writes through `logger()`, building it with the first line logged. */
  log: Log;
}

/** The commands that answer from the package alone. */
const answersAlone = [undefined, '-h', '--help', 'help', '-v', '--version'];

/**
 * The config and logger of one `lede …` run, each built once and only when a command asks: help
 * and the version never load the settings (zod, dotenv) or the logger (pino), which would double
 * the time they take, and `--help` works with a broken .env.
 */
export async function composeCliContext(argv: readonly string[], io: CliIo): Promise<CliContext> {
  const [settings, logging] = answersAlone.includes(argv[0])
    ? [null, null]
    : await Promise.all([import('../config.js'), import('../logger.js')]);
  let config: Config | undefined;
  let made: Logger | undefined;
  const logger = () => {
    if (!logging) throw new Error('lede: the logger was not loaded for this command');
    made ??= logging.createLogger(config?.logLevel ?? 'info');
    return made;
  };
  return {
    io,
    config: () => {
      if (!settings) throw new Error('lede: settings were not loaded for this command');
      config ??= settings.loadConfig();
      return config;
    },
    logger,
    log: deferredLog(logger),
  };
}

/** A Log that asks for its logger only when a line is written. */
export function deferredLog(logger: () => Log): Log {
  return {
    debug: (details, message) => logger().debug(details, message),
    info: (details, message) => logger().info(details, message),
    warn: (details, message) => logger().warn(details, message),
    error: (details, message) => logger().error(details, message),
  };
}
