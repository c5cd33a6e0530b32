import { registry } from '../commands/index.js';
import type { CommandDeps } from '../commands/types.js';
import { runConsole } from './adapters/console/console-mode.js';
import { startHeartbeat } from './adapters/heartbeat.js';
import { loadLexicon } from './adapters/lexicon-file.js';
import { loadLocalSource } from './adapters/local-source.js';
import type { Config } from './config.js';
import { createEngine } from './core/engine.js';
import { UserError } from './errors.js';
import type { Logger } from './logger.js';

/**
 * The composition root of `lede start`: builds the engine and the command dependencies, then
 * runs every platform that has credentials, or console mode when none has.
 */
export async function startLede(config: Config, logger: Logger): Promise<number> {
  if (config.discordToken || config.slackBotToken) {
    throw new UserError(
      'Discord and Slack connections are not part of this version yet. Unset DISCORD_TOKEN and SLACK_BOT_TOKEN to use console mode.',
    );
  }
  const stopHeartbeat = startHeartbeat(config.dataDir);
  const deps: CommandDeps = {
    engine: createEngine({ ...config, lexicon: loadLexicon() }),
    loadArticle: loadLocalSource,
    commandName: config.commandName,
    registry,
  };
  const session = await runConsole({
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
    deps,
    log: logger,
  });
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    session.close();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await session.done;
  stopHeartbeat();
  return 0;
}
