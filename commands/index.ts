import { digestCommand } from './digest.js';
import { feedsAddCommand } from './feeds-add.js';
import { feedsExportCommand } from './feeds-export.js';
import { feedsFilterCommand } from './feeds-filter.js';
import { feedsImportCommand } from './feeds-import.js';
import { feedsListCommand } from './feeds-list.js';
import { feedsRemoveCommand } from './feeds-remove.js';
import { framingCommand } from './framing.js';
import { helpCommand } from './help.js';
import { scheduleClearCommand } from './schedule-clear.js';
import { scheduleSetCommand } from './schedule-set.js';
import { scheduleShowCommand } from './schedule-show.js';
import { summarizeCommand } from './summarize.js';
import type { CommandDefinition } from './types.js';

/** The one list of slash commands: dispatch, Discord registration, the Slack manifest and help. */
export const registry: readonly CommandDefinition[] = [
  summarizeCommand,
  framingCommand,
  digestCommand,
  feedsAddCommand,
  feedsRemoveCommand,
  feedsListCommand,
  feedsFilterCommand,
  feedsImportCommand,
  feedsExportCommand,
  scheduleSetCommand,
  scheduleShowCommand,
  scheduleClearCommand,
  helpCommand,
];
