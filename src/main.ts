import { fstatSync } from 'node:fs';
import { registry } from '../commands/index.js';
import type { CommandDeps } from '../commands/types.js';
import { createEnginePool } from './adapters/analysis-pool/engine-pool.js';
import { createArticleLoader } from './adapters/article-loader.js';
import { runConsole } from './adapters/console/console-mode.js';
import { failPointFrom } from './adapters/fail-point.js';
import { fetcherFromConfig } from './adapters/fetcher-from-config.js';
import { createFileLoader } from './adapters/file-loader.js';
import { startHeartbeat } from './adapters/heartbeat.js';
import { withLlmDigest } from './adapters/llm/with-llm-digest.js';
import { withLocalFeeds } from './adapters/local-feed-fetcher.js';
import { createScheduledDelivery } from './adapters/scheduled-delivery.js';
import { openStores } from './adapters/sqlite/open-stores.js';
import type { Config } from './config.js';
import { UserError } from './errors.js';
import type { Logger } from './logger.js';
import { createChannelServices } from './services/channel-services.js';
import { createItemText } from './services/item-text.js';
import type { ChannelRef } from './services/ports.js';
import { startPoller } from './services/start-poller.js';

interface Running {
  stop(): Promise<void>;
}

/**
 * The composition root of `lede start`: opens the database, builds the engine and the command
 * dependencies, polls feeds, and runs every platform that has credentials, or console mode when
 * none has. Stops cleanly on SIGTERM (Docker) and SIGINT (Ctrl-C).
 */
export async function startLede(config: Config, logger: Logger): Promise<number> {
  const platforms =
    config.discordToken || config.slackBotToken || config.webhookSchedules.length > 0;
  if (!platforms && stdinIsEmptyDevice()) {
    throw new UserError(
      'Nothing to run: set DISCORD_TOKEN, SLACK_BOT_TOKEN or LEDE_WEBHOOK_SCHEDULES, or start Lede in a terminal for console mode.',
    );
  }
  const fetcher = fetcherFromConfig(config);
  // Feeds (only) may be files added in console mode; article links always go to the web.
  const feedFetcher = withLocalFeeds(fetcher, config.fetchMaxBytes);
  const stores = openStores(config.dataDir);
  // Analysis runs on worker threads: a hostile article must not freeze chat acknowledgements.
  const engine = withLlmDigest(createEnginePool(config), config, logger);
  const clock = { now: () => Date.now() };
  const poll = {
    intervalMs: config.pollIntervalMinutes * 60_000,
    firstPollLimit: config.firstPollPosts,
  };
  const itemText = createItemText(fetcher);
  const delivery = await createScheduledDelivery({
    config,
    stores,
    engine,
    itemText,
    log: logger,
    failPoint: failPointFrom(config.testFailPoint),
  });
  const channels = createChannelServices({
    store: stores.feeds,
    schedules: stores.schedules,
    fetcher: feedFetcher,
    engine,
    itemText,
    clock,
    log: logger,
    poll,
    onScheduleChange: delivery.onScheduleChange,
  });
  const depsFor = (allowFiles: boolean): CommandDeps => ({
    engine,
    loadArticle: createArticleLoader(fetcher, { allowFiles, maxFileBytes: config.fetchMaxBytes }),
    loadFile: createFileLoader(fetcher, { allowFiles, maxFileBytes: config.fetchMaxBytes }),
    commandName: config.commandName,
    registry,
    channels,
  });
  const stopHeartbeat = startHeartbeat({
    dataDir: config.dataDir,
    log: logger,
    probes: [stores.probe],
  });
  const stopped = new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  const running: Running[] = [
    startPoller(
      { store: stores.feeds, fetcher: feedFetcher, clock, log: logger, options: poll },
      poll.intervalMs,
    ),
  ];
  try {
    if (config.discordToken) {
      const suggest = async (option: string, typed: string, input: { channel: ChannelRef }) =>
        option === 'feed' ? channels.suggestFeeds(input.channel, typed) : [];
      // Each platform's SDK is loaded only when it has credentials: console mode starts without them.
      const { startDiscord } = await import('./adapters/discord/start-discord.js');
      running.push(await startDiscord({ config, deps: depsFor(false), logger, suggest }));
      logger.info('connected to Discord');
    }
    if (config.slackBotToken) {
      const { startSlack } = await import('./adapters/slack/start-slack.js');
      running.push(await startSlack({ config, deps: depsFor(false), logger }));
      logger.info({ mode: config.slackMode }, 'connected to Slack');
    }
    // After the platforms, so a digest due at start-up has a connection to go out on.
    delivery.start();
    running.push(delivery);
    if (!platforms) {
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
    await Promise.all([fetcher.close(), engine.close()]);
    stores.close();
    stopHeartbeat();
  }
  return 0;
}

/**
 * `docker run` without `-i` hands the process /dev/null as stdin: console mode would read
 * nothing and exit at once, and a restart policy would loop on that silently.
 */
function stdinIsEmptyDevice(): boolean {
  if (process.stdin.isTTY) return false;
  try {
    return fstatSync(0).isCharacterDevice();
  } catch {
    return true;
  }
}
