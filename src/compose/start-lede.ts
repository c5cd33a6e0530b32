import { fstatSync } from 'node:fs';
import { runConsole } from '../adapters/console/console-mode.js';
import { failPointFrom } from '../adapters/fail-point.js';
import { fetcherFromConfig } from '../adapters/fetcher-from-config.js';
import { startHeartbeat } from '../adapters/heartbeat.js';
import { openStores, type Stores } from '../adapters/sqlite/open-stores.js';
import type { Config } from '../config.js';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import { createChannelServices } from '../services/channel-services.js';
import type { PollDeps } from '../services/poll-feeds.js';
import { systemClock } from '../services/ports.js';
import { startPoller } from '../services/start-poller.js';
import { type CommandParts, composeCommandDeps } from './command-deps.js';
import { type ComposedEngine, composeEngine } from './engine.js';
import { composeFetchers, type Fetchers } from './fetchers.js';
import { createScheduledDelivery, type ScheduledDelivery } from './scheduled-delivery.js';
import { type Running, startPlatforms } from './start-platforms.js';

interface Runtime {
  fetchers: Fetchers;
  stores: Stores;
  engine: ComposedEngine;
  delivery: ScheduledDelivery;
  commands: CommandParts;
  poll: { intervalMs: number; firstPollLimit: number };
  pollDeps: PollDeps;
}

/**
 * `lede start`: opens the database, builds each dependency once, polls feeds, and runs every
 * platform that has credentials, or console mode when none has. Stops cleanly on SIGTERM
 * (Docker) and SIGINT (Ctrl-C).
 */
export async function startLede(config: Config, logger: Logger): Promise<number> {
  const platforms =
    config.discordToken || config.slackBotToken || config.webhookSchedules.length > 0;
  if (!platforms && stdinIsEmptyDevice()) {
    throw new UserError(
      'Nothing to run: set DISCORD_TOKEN, SLACK_BOT_TOKEN or LEDE_WEBHOOK_SCHEDULES, or start Lede in a terminal for console mode.',
    );
  }
  const runtime = await composeRuntime(config, logger);
  const { fetchers, stores, engine, delivery, poll } = runtime;
  const stopHeartbeat = startHeartbeat({
    dataDir: config.dataDir,
    log: logger,
    probes: [stores.probe],
  });
  const stopped = new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  const running: Running[] = [startPoller(runtime.pollDeps, poll.intervalMs)];
  try {
    await startPlatforms(config, composeCommandDeps(runtime.commands, false), logger, running);
    // After the platforms, so a digest due at start-up has a connection to go out on.
    delivery.start();
    running.push(delivery);
    if (platforms) logger.info({ signal: await stopped }, 'shutting down');
    else await runConsoleUntilDone(runtime, logger, running, stopped);
  } finally {
    await Promise.allSettled(running.map((r) => r.stop()));
    await Promise.all([fetchers.close(), engine.close()]);
    stores.close();
    stopHeartbeat();
  }
  return 0;
}

/** Every long-lived part of `lede start`, built once. */
async function composeRuntime(config: Config, logger: Logger): Promise<Runtime> {
  const fetchers = composeFetchers(config, fetcherFromConfig(config));
  const stores = openStores(config.dataDir);
  const engine = composeEngine(config, logger);
  const clock = systemClock;
  const poll = {
    intervalMs: config.pollIntervalMinutes * 60_000,
    firstPollLimit: config.firstPollPosts,
  };
  const delivery = await createScheduledDelivery({
    config,
    stores,
    engine,
    itemText: fetchers.itemText,
    log: logger,
    clock,
    failPoint: failPointFrom(config.testFailPoint),
  });
  const channels = createChannelServices({
    store: stores.feeds,
    schedules: stores.schedules,
    fetcher: fetchers.feeds,
    engine,
    itemText: fetchers.itemText,
    clock,
    log: logger,
    poll,
    onScheduleChange: delivery.onScheduleChange,
  });
  const commands = { config, fetchers, engine, channels };
  const pollDeps = {
    store: stores.feeds,
    fetcher: fetchers.feeds,
    clock,
    log: logger,
    options: poll,
  };
  return { fetchers, stores, engine, delivery, commands, poll, pollDeps };
}

async function runConsoleUntilDone(
  runtime: Runtime,
  logger: Logger,
  running: Running[],
  stopped: Promise<string>,
): Promise<void> {
  const session = await runConsole({
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
    deps: composeCommandDeps(runtime.commands, true),
    log: logger,
  });
  running.push({ stop: async () => session.close() });
  await Promise.race([session.done, stopped]);
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
