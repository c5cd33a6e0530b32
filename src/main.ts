import { registry } from '../commands/index.js';
import type { CommandDeps } from '../commands/types.js';
import { createArticleLoader } from './adapters/article-loader.js';
import { runConsole } from './adapters/console/console-mode.js';
import { startDiscord } from './adapters/discord/index.js';
import { fetcherFromConfig } from './adapters/fetcher-from-config.js';
import { startHeartbeat } from './adapters/heartbeat.js';
import { loadLexicon } from './adapters/lexicon-file.js';
import { startSlack } from './adapters/slack/start-slack.js';
import type { Config } from './config.js';
import { createEngine } from './core/engine.js';
import type { Logger } from './logger.js';

interface Running {
  stop(): Promise<void>;
}

/**
 * The composition root of `lede start`: builds the engine and the command dependencies, then
 * runs every platform that has credentials, or console mode when none has. Stops cleanly on
 * SIGTERM (Docker) and SIGINT (Ctrl-C).
 */
export async function startLede(config: Config, logger: Logger): Promise<number> {
  const fetcher = fetcherFromConfig(config);
  const engine = createEngine({ ...config, lexicon: loadLexicon() });
  const depsFor = (allowFiles: boolean): CommandDeps => ({
    engine,
    loadArticle: createArticleLoader(fetcher, { allowFiles }),
    commandName: config.commandName,
    registry,
  });
  const stopHeartbeat = startHeartbeat(config.dataDir);
  const stopped = new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  const running: Running[] = [];
  try {
    if (config.discordToken) {
      running.push(await startDiscord({ config, deps: depsFor(false), logger }));
      logger.info('connected to Discord');
    }
    if (config.slackBotToken) {
      running.push(await startSlack({ config, deps: depsFor(false), logger }));
      logger.info({ mode: config.slackMode }, 'connected to Slack');
    }
    if (running.length === 0) {
      const session = await runConsole({
        input: process.stdin,
        output: process.stdout,
        interactive: process.stdin.isTTY === true,
        deps: depsFor(true),
        log: logger,
      });
      running.push({ stop: async () => session.close() });
      await Promise.race([session.done, stopped]);
    } else {
      logger.info({ signal: await stopped }, 'shutting down');
    }
  } finally {
    await Promise.allSettled(running.map((r) => r.stop()));
    await fetcher.close();
    stopHeartbeat();
  }
  return 0;
}
