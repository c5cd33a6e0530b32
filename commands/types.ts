import type { Engine } from '../src/core/engine.js';
import type { Reply } from '../src/core/reply.js';
import type { ArticleInput } from '../src/core/types.js';

export type OptionType = 'string' | 'integer' | 'boolean';
export type OptionValue = string | number | boolean;

export interface CommandOption {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
}

/** Who may run a command: anyone, or only people who manage the server or channel. */
export type Permission = 'everyone' | 'manage';

export interface CommandInput {
  options: Record<string, OptionValue | undefined>;
  user: { id: string; canManage: boolean };
  channel: { id: string; platform: 'discord' | 'slack' | 'console' };
}

/** What commands may use; adapters build it, so commands never touch I/O themselves. */
export interface CommandDeps {
  engine: Engine;
  /** Turns what a person typed (a URL, or a file path in the console) into article text. */
  loadArticle(source: string): Promise<ArticleInput>;
  commandName: string;
  registry: readonly CommandDefinition[];
}

export interface CommandDefinition {
  /** Subcommand group, as in `/news feeds add`. */
  group?: string;
  name: string;
  /** At most 100 characters (Discord's limit). */
  description: string;
  options: CommandOption[];
  permission: Permission;
  run(input: CommandInput, deps: CommandDeps): Promise<Reply>;
}

export function commandPath(command: CommandDefinition): string {
  return command.group ? `${command.group} ${command.name}` : command.name;
}
