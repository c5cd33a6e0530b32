import { framingCommand } from './framing.js';
import { helpCommand } from './help.js';
import { summarizeCommand } from './summarize.js';
import type { CommandDefinition } from './types.js';

/** The one list of slash commands: dispatch, Discord registration, the Slack manifest and help. */
export const registry: readonly CommandDefinition[] = [
  summarizeCommand,
  framingCommand,
  helpCommand,
];
