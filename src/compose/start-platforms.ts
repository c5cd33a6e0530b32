import type { CommandDeps } from '../../commands/types.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

export interface Running {
  stop(): Promise<void>;
}

/**
 * Connects every chat platform that has credentials. Each SDK is imported here, only when its
 * platform is configured: console mode and the CLI never load discord.js or Bolt. Each session
 * joins `running` as soon as it is up, so a later failure still stops the earlier ones.
 */
export async function startPlatforms(
  config: Config,
  deps: CommandDeps,
  logger: Logger,
  running: Running[],
): Promise<void> {
  if (config.discordToken) {
    const { startDiscord } = await import('../adapters/discord/start-discord.js');
    running.push(await startDiscord({ config, deps, logger }));
    logger.info('connected to Discord');
  }
  if (config.slackBotToken) {
    const { startSlack } = await import('../adapters/slack/start-slack.js');
    running.push(await startSlack({ config, deps, logger }));
    logger.info({ mode: config.slackMode }, 'connected to Slack');
  }
}
