import { runCli } from './adapters/cli/run-cli.js';
import { type Config, loadConfig } from './config.js';
import { createLogger, type Logger } from './logger.js';

// `lede summarize … | head` closes the pipe early: that is the reader being done, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

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
