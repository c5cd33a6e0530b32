import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandGroupOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition, CommandOption, OptionType } from '../../../commands/types.js';
import { commandPath } from '../../../commands/types.js';
import { truncate } from '../../render/text-limits.js';

/**
 * Options Discord asks for in a modal when they are left out (long pasted text does not fit a
 * slash-command box well), keyed by command path. They are registered as optional.
 */
export const modalOptions: Readonly<Record<string, string>> = { framing: 'text' };

const optionTypes: Record<OptionType, APIApplicationCommandBasicOption['type']> = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
  role: ApplicationCommandOptionType.Role,
  attachment: ApplicationCommandOptionType.Attachment,
};

const namePattern = /^[-_\p{Ll}\p{N}]{1,32}$/u;

/**
 * The registry as one root chat command (`/news …`) with a subcommand per command and a
 * subcommand group per `group`. No `default_member_permissions`: it would hide every
 * subcommand, including the reading ones, so managing commands are checked when they run.
 */
export function buildCommandJson(
  registry: readonly CommandDefinition[],
  rootName: string,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  checkName(rootName);
  const top: (
    | APIApplicationCommandSubcommandOption
    | APIApplicationCommandSubcommandGroupOption
  )[] = [];
  const groups = new Map<string, APIApplicationCommandSubcommandGroupOption>();
  for (const command of registry) {
    const sub = subcommandJson(command);
    if (!command.group) {
      top.push(sub);
      continue;
    }
    let group = groups.get(command.group);
    if (!group) {
      checkName(command.group);
      group = {
        type: ApplicationCommandOptionType.SubcommandGroup,
        name: command.group,
        description: `${capitalize(command.group)} commands`,
        options: [],
      };
      groups.set(command.group, group);
      top.push(group);
    }
    group.options!.push(sub);
  }
  if (top.length > 25 || [...groups.values()].some((g) => g.options!.length > 25)) {
    throw new Error('Discord allows at most 25 subcommands per command or group');
  }
  return {
    type: ApplicationCommandType.ChatInput,
    name: rootName,
    description: 'Lede: neutral news digests, with notes on how the text frames the story',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: top,
  };
}

function subcommandJson(command: CommandDefinition): APIApplicationCommandSubcommandOption {
  checkName(command.name);
  const optional = modalOptions[commandPath(command)];
  const basics = command.options.map((o) => optionJson(o, o.name === optional));
  // Discord rejects a required option listed after an optional one.
  basics.sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
  if (basics.length > 25) throw new Error(`${commandPath(command)}: more than 25 options`);
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: command.name,
    description: clip(command.description),
    options: basics,
  };
}

function optionJson(
  option: CommandOption,
  forceOptional: boolean,
): APIApplicationCommandBasicOption {
  checkName(option.name);
  const json = {
    type: optionTypes[option.type],
    name: option.name,
    description: clip(option.description),
    required: option.required === true && !forceOptional,
  } as APIApplicationCommandBasicOption;
  if (option.suggest && (option.type === 'string' || option.type === 'integer'))
    Object.assign(json, { autocomplete: true });
  // Discord enforces the declared range in its own picker, before Lede checks it again.
  if (option.range && option.type === 'integer')
    Object.assign(json, { min_value: option.range.min, max_value: option.range.max });
  return json;
}

function checkName(name: string): void {
  if (!namePattern.test(name)) throw new Error(`"${name}" is not a valid Discord command name`);
}

/** Discord descriptions are 1 to 100 characters. */
function clip(text: string): string {
  return truncate(text.trim() || '—', 100);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
