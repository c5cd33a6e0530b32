import type { Paragraph, Reply } from '../src/core/reply.js';
import type { CommandDefinition, CommandOption } from './types.js';
import { commandPath } from './types.js';

export const helpCommand: CommandDefinition = {
  name: 'help',
  description: 'What Lede can do and how to ask',
  permission: 'everyone',
  privacy: 'private',
  options: [],
  async run(_input, deps) {
    return {
      title: 'Lede: neutral news digests',
      body: deps.registry.map((command) => usageLine(command, deps.commandName)),
      footer:
        'Digests keep the source’s facts in plain words; notes show how the text frames them.',
    };
  },
};

/**
 * What `/news feeds` alone answers: the commands of that group. Not in the registry (it is no
 * subcommand of its own); the text parser and the Discord adapter run it for a bare group.
 */
export function groupHelpCommand(group: string): CommandDefinition {
  return {
    group,
    name: 'help',
    description: `The ${group} commands`,
    permission: 'everyone',
    privacy: 'private',
    options: [],
    async run(_input, deps): Promise<Reply> {
      const commands = deps.registry.filter((command) => command.group === group);
      return {
        title: `Lede: the ${group} commands`,
        body: commands.map((command) => usageLine(command, deps.commandName)),
      };
    },
  };
}

/** `/news feeds add url:<url>` — what it does, as help shows every command. */
function usageLine(command: CommandDefinition, root: string): Paragraph {
  const options = command.options.map(optionUsage).join(' ');
  const who = command.permission === 'manage' ? ' (server or channel managers only)' : '';
  const usage = `/${root} ${commandPath(command)}${options ? ` ${options}` : ''}`;
  return [{ code: usage }, ` — ${command.description}${who}`];
}

/** `[private]`, `url:<url>`, `[since:<since>]`, or `[max:<1-40>]` with the declared range. */
function optionUsage(option: CommandOption): string {
  if (option.type === 'boolean') return `[${option.name}]`;
  const value = option.range ? `${option.range.min}-${option.range.max}` : option.name;
  return option.required ? `${option.name}:<${value}>` : `[${option.name}:<${value}>]`;
}

/** The names of the registry's command groups (`feeds`, `schedule`). */
export function commandGroups(registry: readonly CommandDefinition[]): Set<string> {
  return new Set(registry.flatMap((command) => (command.group ? [command.group] : [])));
}
