import type { CommandDefinition, OptionValue } from '../../../commands/types.js';

export type ParsedLine =
  | { kind: 'empty' }
  | { kind: 'error'; message: string }
  | { kind: 'command'; command: CommandDefinition; options: Record<string, OptionValue> };

/**
 * Reads a slash command typed at the console the way people type them in chat:
 * `/news summarize ./article.html private` or `/news framing text:Some words here`.
 * A named option (`name:value`) runs until the next named option; words before any named
 * option fill the first required option; a bare boolean option's name sets it to true.
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
  const command =
    registry.find((c) => c.group !== undefined && c.group === words[1] && c.name === words[2]) ??
    registry.find((c) => c.group === undefined && c.name === words[1]);
  if (!command) {
    const asked = words.slice(1, 3).join(' ') || '(nothing)';
    return { kind: 'error', message: `Unknown command: ${asked}. Try /${root} help.` };
  }
  const pathLength = command.group ? 3 : 2;
  const rest = words.slice(pathLength).join(' ');
  return { kind: 'command', command, options: readOptions(rest, command) };
}

function readOptions(rest: string, command: CommandDefinition): Record<string, OptionValue> {
  const options: Record<string, OptionValue> = {};
  const names = command.options.map((o) => o.name).join('|');
  const named = names ? new RegExp(`(?:^|\\s)(${names}):`, 'g') : null;
  const marks = named ? [...rest.matchAll(named)] : [];
  let positional = marks.length > 0 ? rest.slice(0, marks[0]!.index) : rest;
  marks.forEach((mark, i) => {
    const from = mark.index! + mark[0].length;
    const to = i + 1 < marks.length ? marks[i + 1]!.index! : rest.length;
    options[mark[1]!] = unquote(rest.slice(from, to).trim());
  });
  for (const flag of command.options.filter((o) => o.type === 'boolean')) {
    const bare = new RegExp(`(?:^|\\s)${flag.name}$`);
    if (bare.test(positional)) {
      options[flag.name] = true;
      positional = positional.replace(bare, '');
    }
  }
  const firstOpen = command.options.find((o) => o.required && options[o.name] === undefined);
  if (firstOpen && positional.trim()) options[firstOpen.name] = unquote(positional.trim());
  return options;
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/s.exec(value);
  return quoted ? quoted[2]! : value;
}
