import { pino } from 'pino';
import pretty from 'pino-pretty';

export type Logger = pino.Logger;
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
  const options = { level, redact: { paths: redactedPaths, censor: '[redacted]' } };
  if (pretty_) {
    return pino(options, pretty({ destination: 2, sync: true, colorize: true }));
  }
  return pino(options, pino.destination({ fd: 2, sync: true }));
}
