import { createRequire } from 'node:module';
import type { Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;
const require = createRequire(import.meta.url);

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Paths that may hold credentials; pino replaces their values before anything is written. */
const redactedPaths = [
  'token',
  '*.token',
  'headers.authorization',
  '*.headers.authorization',
  'config.discordToken',
  'config.slackBotToken',
  'config.slackAppToken',
  'config.slackSigningSecret',
  'config.llmApiKey',
  'apiKey',
  '*.apiKey',
];

/**
 * Logs go to stderr so that stdout stays clean for command output (`lede summarize --format
 * json | jq`). JSON lines by default; readable lines when a person is watching the terminal.
 */
export function createLogger(level: LogLevel, pretty_ = process.stderr.isTTY === true): Logger {
  // Loaded with the first logger rather than with this module (pino-pretty alone takes ~40 ms):
  // `lede summarize` builds one only when something is logged.
  const { pino } = require('pino') as typeof import('pino');
  const options = { level, redact: { paths: redactedPaths, censor: '[redacted]' } };
  if (pretty_) {
    const pretty = require('pino-pretty') as typeof import('pino-pretty');
    return pino(options, pretty({ destination: 2, sync: true, colorize: true }));
  }
  return pino(options, pino.destination({ fd: 2, sync: true }));
}
