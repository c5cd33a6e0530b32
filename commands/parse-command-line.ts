import { commandGroups, groupHelpCommand } from './help.js';
import { readOptions } from './read-options.js';
import type { CommandDefinition, OptionValue } from './types.js';

export type ParsedLine =
  | { kind: 'empty' }
  | { kind: 'error'; message: string }
  | { kind: 'command'; command: CommandDefinition; options: Record<string, OptionValue> };

/**
 * Reads a slash command typed at the console (or sent by Slack) the way people type them in
 * chat: `/news summarize ./article.html private` or `/news framing text:Some words here`.
 * A group alone (`/news feeds`) is that group's help; the options are read by `readOptions`.
 */
export function parseCommandLine(
  line: string,
  root: string,
  registry: readonly CommandDefinition[],
): ParsedLine {
  const trimmed = line.trim();
  if (trimmed === '') return { kind: 'empty' };
  const words = trimmed.split(/\s+/);
  if (words[0] !== `/${root}`) {
    return { kind: 'error', message: `Commands start with /${root}. Try /${root} help.` };
  }
  const [, first, second] = words;
  const command =
    registry.find((c) => c.group !== undefined && c.group === first && c.name === second) ??
    registry.find((c) => c.group === undefined && c.name === first);
  if (command) {
    const rest = words.slice(command.group ? 3 : 2).join(' ');
    return { kind: 'command', command, options: readOptions(rest, command.options) };
  }
  if (first !== undefined && commandGroups(registry).has(first)) {
    if (second === undefined)
      return { kind: 'command', command: groupHelpCommand(first), options: {} };
    const names = registry.filter((c) => c.group === first).map((c) => c.name);
    return {
      kind: 'error',
      message: `Unknown command: ${first} ${second}. The ${first} commands are ${names.join(', ')}; see /${root} ${first}.`,
    };
  }
  const asked = words.slice(1, 3).join(' ') || '(nothing)';
  return { kind: 'error', message: `Unknown command: ${asked}. Try /${root} help.` };
}
