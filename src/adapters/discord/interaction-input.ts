import {
  ApplicationCommandOptionType,
  type CommandInteractionOption,
  type Interaction,
  PermissionFlagsBits,
  type PermissionsBitField,
} from 'discord.js';
import { commandGroups, groupHelpCommand } from '../../../commands/help.js';
import { answersPrivately } from '../../../commands/option-rules.js';
import type { CommandDefinition, CommandInput, OptionValue } from '../../../commands/types.js';
import { commandPath } from '../../../commands/types.js';

/**
 * Finds the registry command a slash interaction names (`/news feeds add …` → group `feeds`,
 * name `add`) and the options typed at the leaf, as plain values.
 */
export function readCommand(
  data: readonly CommandInteractionOption[],
  registry: readonly CommandDefinition[],
): { command: CommandDefinition; options: Record<string, OptionValue> } | undefined {
  let group: string | undefined;
  let leaf = data;
  let name: string | undefined;
  const first = data[0];
  if (first?.type === ApplicationCommandOptionType.SubcommandGroup) {
    group = first.name;
    leaf = first.options ?? [];
  }
  const sub = leaf[0];
  if (sub?.type === ApplicationCommandOptionType.Subcommand) {
    name = sub.name;
    leaf = sub.options ?? [];
  }
  // `/news feeds` alone is that group's help. Today's registration always names a subcommand,
  // but an older one (or another client) may send the group bare or as a subcommand.
  const bare = group === undefined ? name : name === undefined ? group : undefined;
  if (bare !== undefined && commandGroups(registry).has(bare)) {
    return { command: groupHelpCommand(bare), options: {} };
  }
  const command = registry.find((c) => c.name === name && c.group === group);
  if (!command) return undefined;
  const options: Record<string, OptionValue> = {};
  for (const option of leaf) {
    // An attachment option's value is an id; discord.js resolves it to the file, whose link the
    // command reads through the safe fetcher.
    const value =
      option.type === ApplicationCommandOptionType.Attachment
        ? option.attachment?.url
        : option.value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      options[option.name] = value;
    }
  }
  return { command, options };
}

export function findByPath(
  registry: readonly CommandDefinition[],
  path: string,
): CommandDefinition | undefined {
  return registry.find((c) => commandPath(c) === path);
}

/** Managing means Manage Server, or Manage Channels in this channel (overwrites included). */
export function canManage(permissions: Readonly<PermissionsBitField> | null): boolean {
  if (!permissions) return false;
  return permissions.any([PermissionFlagsBits.ManageGuild, PermissionFlagsBits.ManageChannels]);
}

export function commandInput(
  interaction: Interaction,
  options: Record<string, OptionValue>,
): CommandInput {
  return {
    options,
    user: { id: interaction.user.id, canManage: canManage(interaction.memberPermissions) },
    channel: { id: interaction.channelId ?? interaction.user.id, platform: 'discord' },
  };
}

/**
 * Whether the answer must be private, decided before the command runs because Discord fixes
 * ephemerality when the reply is deferred: the `private` option, help, and a refusal that
 * the permission check will give anyway.
 */
export function startsPrivate(command: CommandDefinition, input: CommandInput): boolean {
  if (answersPrivately(command, input.options)) return true;
  return command.permission === 'manage' && !input.user.canManage;
}
