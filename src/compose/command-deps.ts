import { registry } from '../../commands/index.js';
import type { CommandDeps } from '../../commands/types.js';
import { createArticleLoader } from '../adapters/article-loader.js';
import { createFileLoader } from '../adapters/file-loader.js';
import type { Config } from '../config.js';
import type { Analyzer } from '../core/engine.js';
import type { ChannelServices } from '../services/channel-types.js';
import type { Fetchers } from './fetchers.js';

export interface CommandParts {
  config: Pick<Config, 'commandName' | 'fetchMaxBytes'>;
  fetchers: Pick<Fetchers, 'web'>;
  engine: Analyzer;
  channels?: ChannelServices;
}

/**
 * What the chat commands run with. `allowFiles`: local paths are read only where the person
 * typing owns the machine (console mode, the CLI); in chat a stranger's path never reaches disk.
 */
export function composeCommandDeps(parts: CommandParts, allowFiles: boolean): CommandDeps {
  const { config, fetchers, engine, channels } = parts;
  const files = { allowFiles, maxFileBytes: config.fetchMaxBytes };
  return {
    engine,
    loadArticle: createArticleLoader(fetchers.web, files),
    loadFile: createFileLoader(fetchers.web, files),
    commandName: config.commandName,
    registry,
    ...(channels ? { channels } : {}),
  };
}
