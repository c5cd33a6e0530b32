import type { AddressInfo } from 'node:net';
import { App, type Logger as BoltLogger, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { CommandDeps } from '../../../commands/types.js';
import type { Config } from '../../config.js';
import { UserError } from '../../errors.js';
import { type Clock, type Log, systemClock } from '../../services/ports.js';
import { DEFAULT_MAX_BYTES } from '../http/safe-fetcher.js';
import { handleSlashCommand, type SlackOutbox } from './handle-command.js';
import { createManagerCheck } from './managers.js';
import { guardSlackRequests } from './request-guard.js';
import { createSlackFileLoader } from './slack-file.js';

export type SlackConfig = Pick<
  Config,
  | 'commandName'
  | 'slackBotToken'
  | 'slackAppToken'
  | 'slackSigningSecret'
  | 'slackMode'
  | 'slackPort'
  | 'slackManagerIds'
  | 'slackApiUrl'
> &
  Partial<Pick<Config, 'fetchMaxBytes'>>;

export interface StartSlackOptions {
  config: SlackConfig;
  deps: CommandDeps;
  logger: Log;
  /** HTTP mode: the interface to listen on (all of them unless set; tests use 127.0.0.1). */
  host?: string;
  /** HTTP mode: the clock request timestamps are checked against (tests move it). */
  clock?: Clock;
}

export interface SlackSession {
  stop(): Promise<void>;
  /** HTTP mode: the port the receiver listens on (useful with SLACK_PORT 0 in tests). */
  port?: number;
}

/**
 * Connects Lede to Slack with Bolt: Socket Mode by default (bot token and app token, no public
 * URL), or HTTP mode with the signing secret. The slash command is acknowledged at once, then
 * run and answered; one bad request is logged and never stops the app.
 */
export async function startSlack(options: StartSlackOptions): Promise<SlackSession> {
  const { config, logger } = options;
  const token = requireSetting(config.slackBotToken, 'SLACK_BOT_TOKEN');
  const socketMode = config.slackMode === 'socket';
  const app = new App({
    token,
    ...(socketMode
      ? { socketMode: true, appToken: requireSetting(config.slackAppToken, 'SLACK_APP_TOKEN') }
      : { receiver: guardedReceiver(options) }),
    logger: boltLogger(logger),
    // checkTokens verifies the token; Bolt's own auth.test at construction is never awaited, so
    // a refused token would crash the process with an unhandled rejection, racing our message.
    tokenVerificationEnabled: false,
    clientOptions: config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {},
  });
  await checkTokens(app, socketMode ? config.slackAppToken : undefined);
  // `feeds import` on Slack reads a file shared in Slack; other links go to the safe fetcher.
  const loadFile = createSlackFileLoader(
    {
      client: app.client,
      token,
      apiUrl: config.slackApiUrl,
      maxBytes: config.fetchMaxBytes ?? DEFAULT_MAX_BYTES,
    },
    options.deps.loadFile,
  );
  const deps = { ...options.deps, loadFile };
  const isManager = createManagerCheck({
    client: app.client,
    managerIds: config.slackManagerIds,
    warn: (details, message) => logger.warn(details, message),
  });

  app.command(`/${config.commandName}`, async ({ command, ack, respond, client }) => {
    await ack();
    const outbox: SlackOutbox = {
      respond: (message) => respond({ ...message, replace_original: false }),
      postMessage: (channel, message) =>
        client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false }),
      postEphemeral: (channel, user, message) =>
        client.chat.postEphemeral({ channel, user, ...message }),
    };
    const request = { text: command.text, userId: command.user_id, channelId: command.channel_id };
    try {
      await handleSlashCommand(request, outbox, { deps, isManager, log: logger });
    } catch (error) {
      logger.error({ err: error, userId: command.user_id }, 'could not answer a Slack command');
    }
  });
  app.error(async (error) => {
    logger.error({ err: error }, 'Slack request failed');
  });

  if (socketMode) {
    await app.start();
    logger.info({ mode: 'socket' }, 'connected to Slack');
    return { stop: async () => void (await app.stop()) };
  }
  const server = await app.start({ port: config.slackPort, host: options.host });
  const port = (server.address() as AddressInfo).port;
  logger.info({ mode: 'http', port }, 'listening for Slack');
  return { stop: async () => void (await app.stop()), port };
}

/** Bolt's HTTP receiver behind Lede's stricter check: no replays, no timestamps from the future. */
function guardedReceiver(options: StartSlackOptions): HTTPReceiver {
  const signingSecret = requireSetting(options.config.slackSigningSecret, 'SLACK_SIGNING_SECRET');
  const { logger } = options;
  const receiver = new HTTPReceiver({ signingSecret, logger: boltLogger(logger) });
  receiver.requestListener = guardSlackRequests(receiver.requestListener, {
    signingSecret,
    clock: options.clock ?? systemClock,
    warn: (details, message) => logger.warn(details, message),
  });
  return receiver;
}

/**
 * Asks Slack about both tokens before connecting: with a bad app token Socket Mode would retry
 * for ever in silence, and a revoked bot token only shows up at the first command.
 */
async function checkTokens(app: App, appToken: string | undefined): Promise<void> {
  const refused = (env: string, error: unknown) =>
    new UserError(
      `Slack refused ${env} (${slackErrorCode(error)}): copy it again from the app's settings at api.slack.com/apps.`,
    );
  try {
    await app.client.auth.test();
  } catch (error) {
    throw refused('SLACK_BOT_TOKEN', error);
  }
  if (!appToken) return;
  try {
    await app.client.apps.connections.open({ token: appToken });
  } catch (error) {
    throw refused('SLACK_APP_TOKEN', error);
  }
}

function slackErrorCode(error: unknown): string {
  const data = (error as { data?: { error?: string } }).data;
  return data?.error ?? (error as Error).message ?? 'no answer';
}

function requireSetting(value: string | undefined, env: string): string {
  if (!value) throw new UserError(`Slack needs ${env}; see .env.example.`);
  return value;
}

/** Bolt's logger interface on top of ours, so Bolt's own messages land in Lede's log. */
function boltLogger(log: Log): BoltLogger {
  const text = (parts: unknown[]) =>
    parts.map((p) => (typeof p === 'string' ? p : String(p))).join(' ');
  return {
    debug: (...parts) => log.debug({ component: 'bolt' }, text(parts)),
    info: (...parts) => log.info({ component: 'bolt' }, text(parts)),
    warn: (...parts) => log.warn({ component: 'bolt' }, text(parts)),
    error: (...parts) => log.error({ component: 'bolt' }, text(parts)),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
