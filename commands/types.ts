import type { Analyzer } from '../src/core/engine.js';
import type { Reply } from '../src/core/reply.js';
import type { ArticleInput } from '../src/core/types.js';
import type { ChannelServices } from '../src/services/channel-types.js';
import type { ChannelRef } from '../src/services/ports.js';

/**
 * `role`: a Discord role picker (the role's id arrives); elsewhere typed text. `attachment`: a file
 * the person gives; the command receives a reference for `loadFile`.
 */
export type OptionType = 'string' | 'integer' | 'boolean' | 'role' | 'attachment';
export type OptionValue = string | number | boolean;

export interface CommandOption {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  /** What the command receives when the option is left out. */
  default?: OptionValue;
  /** Integer options: the smallest and largest value accepted (checked and registered). */
  range?: { min: number; max: number };
  /** Where the choices offered while the person types come from (Discord autocomplete). */
  suggest?: SuggestionSource;
  /** An empty value reaches the command (it clears something) instead of counting as left out. */
  clearable?: boolean;
}

/** Who may run a command: anyone, or only people who manage the server or channel. */
export type Permission = 'everyone' | 'manage';

/**
 * Who sees the answer: the channel, only the person who asked, or the person's choice through
 * the command's `private` option. Decided before the command runs (Discord fixes it on defer).
 */
export type Privacy = 'public' | 'private' | 'asker-chooses';

/** `feeds`: the channel's followed feeds, by title or link. */
export type SuggestionSource = 'feeds';

export interface CommandInput {
  options: Record<string, OptionValue | undefined>;
  user: { id: string; canManage: boolean };
  channel: ChannelRef;
}

/** What commands may use; adapters build it, so commands never touch I/O themselves. */
export interface CommandDeps {
  /** The article analyser (the engine, usually on worker threads). */
  engine: Analyzer;
  /** Turns what a person typed (a URL, or a file path in the console) into article text. */
  loadArticle(source: string): Promise<ArticleInput>;
  commandName: string;
  registry: readonly CommandDefinition[];
  /** Feeds and schedules of chat channels; absent where Lede runs without its database. */
  channels?: ChannelServices;
  /**
   * Reads a file the person gave as text, under a size cap: an attachment on Discord, a file
   * shared in Slack, a path in the console. Absent where files cannot be given.
   */
  loadFile?(ref: string): Promise<string>;
}

export interface CommandDefinition {
  /** Subcommand group, as in `/news feeds add`. */
  group?: string;
  name: string;
  /** At most 100 characters (Discord's limit). */
  description: string;
  options: CommandOption[];
  permission: Permission;
  /** Public when left out. */
  privacy?: Privacy;
  run(input: CommandInput, deps: CommandDeps): Promise<Reply>;
}

export function commandPath(command: CommandDefinition): string {
  return command.group ? `${command.group} ${command.name}` : command.name;
}
