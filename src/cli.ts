import { runCli } from './adapters/cli/run-cli.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

// `lede summarize … | head` closes the pipe early: that is the reader being done, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const argv = process.argv.slice(2);
// Help and the version answer from the package alone; loading the settings (zod, dotenv) and
// the logger (pino) first would double the time they take.
const answersAlone = [undefined, '-h', '--help', 'help', '-v', '--version'].includes(argv[0]);
const [settings, logging] = answersAlone
  ? [null, null]
  : await Promise.all([import('./config.js'), import('./logger.js')]);

let config: Config | undefined;
let logger: Logger | undefined;

const exitCode = await runCli(argv, {
  io: {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  config: () => {
    if (!settings) throw new Error('lede: settings were not loaded for this command');
    config ??= settings.loadConfig();
    return config;
  },
  logger: () => {
    if (!logging) throw new Error('lede: the logger was not loaded for this command');
    logger ??= logging.createLogger(config?.logLevel ?? 'info');
    return logger;
  },
});
process.exitCode = exitCode;
