import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileLoader } from '../../src/adapters/file-loader.js';
import { createSafeFetcher, type SafeFetcher } from '../../src/adapters/http/safe-fetcher.js';
import { openStores, type Stores } from '../../src/adapters/sqlite/open-stores.js';
import type { Analyzer } from '../../src/core/engine.js';
import { createChannelServices } from '../../src/services/channel-services.js';
import type { ChannelServices } from '../../src/services/channel-types.js';
import { createItemText } from '../../src/services/item-text.js';

export interface ChannelStack {
  channels: ChannelServices;
  stores: Stores;
  fetcher: SafeFetcher;
  /** Reads attachment links the way `lede start` does in chat (no local paths). */
  loadFile(ref: string): Promise<string>;
  close(): Promise<void>;
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * The feed services `lede start` builds, on a fresh SQLite file and the real safe fetcher
 * (allowed to reach 127.0.0.1, where the tests' feeds are served), with the given engine.
 */
export function startChannelStack(engine: Analyzer): ChannelStack {
  const stores = openStores(mkdtempSync(join(tmpdir(), 'lede-stack-')));
  const fetcher = createSafeFetcher({ allowPrivateHosts: ['127.0.0.1'] });
  const channels = createChannelServices({
    store: stores.feeds,
    schedules: stores.schedules,
    fetcher,
    engine,
    itemText: createItemText(fetcher),
    clock: { now: () => Date.now() },
    log: quiet,
    poll: { firstPollLimit: 10 },
  });
  return {
    channels,
    stores,
    fetcher,
    loadFile: createFileLoader(fetcher, { allowFiles: false }),
    async close() {
      await fetcher.close();
      stores.close();
    },
  };
}
