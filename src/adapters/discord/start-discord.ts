import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, RESTEvents } from 'discord.js';
import type { CommandDeps } from '../../../commands/types.js';
import type { Config } from '../../config.js';
import { UserError } from '../../errors.js';
import type { Log } from '../../services/ports.js';
import { handleInteraction, type InteractionContext } from './handle-interaction.js';
import { discordRestOptions } from './rest-options.js';

export interface StartDiscordOptions {
  config: Pick<Config, 'discordToken' | 'discordApiUrl'>;
  deps: CommandDeps;
  logger: Log;
  /** How long to wait for the gateway's READY before giving up. */
  readyTimeoutMs?: number;
}

export interface DiscordSession {
  stop(): Promise<void>;
}

/**
 * Connects to Discord (Guilds intent only: Lede reads no messages) and answers slash commands
 * until `stop()`. Connection trouble is logged; discord.js reconnects and resumes by itself.
 */
export async function startDiscord(options: StartDiscordOptions): Promise<DiscordSession> {
  const { config, deps, logger } = options;
  if (!config.discordToken) throw new UserError('DISCORD_TOKEN is not set.');
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: discordRestOptions(config.discordApiUrl),
  });
  const ctx: InteractionContext = { deps, log: logger };
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, ctx);
  });
  watchConnection(client, logger);

  const ready = once(client, Events.ClientReady, {
    signal: AbortSignal.timeout(options.readyTimeoutMs ?? 60_000),
  });
  try {
    // Awaiting both together also handles `ready` rejecting after a failed login.
    await Promise.all([client.login(config.discordToken), ready]);
  } catch (error) {
    await client.destroy();
    if ((error as { code?: string }).code === 'TokenInvalid') {
      throw new UserError(
        'Discord refused DISCORD_TOKEN (invalid, or reset since): copy a new one under Bot → Reset Token in the developer portal.',
      );
    }
    throw error;
  }
  logger.info({ user: client.user?.tag, commandName: deps.commandName }, 'connected to Discord');
  return {
    async stop() {
      await client.destroy();
      logger.info({}, 'disconnected from Discord');
    },
  };
}

function watchConnection(client: Client, logger: Log): void {
  // Without an error listener, an error emitted by the client would end the process.
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord warning'));
  client.on(Events.ShardError, (err, shard) =>
    logger.warn({ err, shard }, 'discord connection error'),
  );
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ code: event.code, shard }, 'discord connection closed'),
  );
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'reconnecting to Discord'));
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'discord session resumed'),
  );
  client.on(Events.Invalidated, () => logger.error({}, 'discord session invalidated'));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn(
      {
        route: info.route,
        method: info.method,
        retryAfterMs: info.timeToReset,
        global: info.global,
        scope: info.scope,
      },
      'discord rate limit',
    ),
  );
}
