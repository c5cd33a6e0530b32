import { runCli } from './adapters/cli/run-cli.js';
import { type Config, loadConfig } from './config.js';
import { createLogger, type Logger } from './logger.js';

let config: Config | undefined;
let logger: Logger | undefined;

const exitCode = await runCli(process.argv.slice(2), {
  io: {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  config: () => (config ??= loadConfig()),
  logger: () => (logger ??= createLogger(config?.logLevel ?? 'info')),
});
process.exitCode = exitCode;
