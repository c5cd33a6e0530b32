import {
  type APIModalInteractionResponseCallbackData,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  ComponentType,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
  TextInputStyle,
} from 'discord.js';
import { runCommand } from '../../../commands/run-command.js';
import { suggestValues } from '../../../commands/suggest.js';
import type { CommandDefinition, CommandDeps, CommandInput } from '../../../commands/types.js';
import { commandPath } from '../../../commands/types.js';
import { truncate } from '../../render/text-limits.js';
import type { Log } from '../../services/ports.js';
import { modalOptions } from './command-json.js';
import { commandInput, findByPath, readCommand, startsPrivate } from './interaction-input.js';
import { type DiscordMessage, renderDiscord } from './render-discord.js';

export interface InteractionContext {
  deps: CommandDeps;
  log: Log;
}

const modalPrefix = 'lede:';
const noMentions = { parse: [] as [] };

/** Routes one interaction; never throws (a failure is logged, the person gets what could be sent). */
export async function handleInteraction(
  interaction: Interaction,
  ctx: InteractionContext,
): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await onSlashCommand(interaction, ctx);
    else if (interaction.isModalSubmit()) await onModalSubmit(interaction, ctx);
    else if (interaction.isAutocomplete()) await onAutocomplete(interaction, ctx);
  } catch (error) {
    ctx.log.error({ err: error, interaction: interaction.id }, 'discord interaction failed');
  }
}

async function onSlashCommand(interaction: ChatInputCommandInteraction, ctx: InteractionContext) {
  const found =
    interaction.commandName === ctx.deps.commandName
      ? readCommand(interaction.options.data, ctx.deps.registry)
      : undefined;
  if (!found) {
    await interaction.reply({
      content: `Unknown command. Try \`/${ctx.deps.commandName} help\`.`,
      flags: MessageFlags.Ephemeral,
      allowedMentions: noMentions,
    });
    return;
  }
  const input = commandInput(interaction, found.options);
  const longText = modalOptions[commandPath(found.command)];
  if (longText && input.options[longText] === undefined) {
    await interaction.showModal(modalFor(found.command, longText));
    return;
  }
  await answer(interaction, found.command, input, ctx);
}

async function onModalSubmit(interaction: ModalSubmitInteraction, ctx: InteractionContext) {
  if (!interaction.customId.startsWith(modalPrefix)) return;
  const command = findByPath(ctx.deps.registry, interaction.customId.slice(modalPrefix.length));
  const option = command && modalOptions[commandPath(command)];
  if (!command || !option) return;
  const text = interaction.fields.getTextInputValue(option);
  await answer(interaction, command, commandInput(interaction, { [option]: text }), ctx);
}

async function onAutocomplete(interaction: AutocompleteInteraction, ctx: InteractionContext) {
  const found = readCommand(interaction.options.data, ctx.deps.registry);
  const focused = interaction.options.getFocused(true);
  const input = commandInput(interaction, {});
  const suggestions = found
    ? await suggestValues(found.command, focused.name, String(focused.value), input, ctx.deps)
    : [];
  // Discord takes at most 25 choices, each named in 1 to 100 characters.
  const choices = suggestions.slice(0, 25).map((s) => ({ ...s, name: truncate(s.name, 100) }));
  await interaction.respond(choices);
}

/**
 * Acknowledge first (Discord allows 3 s), then run the command through the error boundary and
 * edit the deferred reply; extra messages go out as follow-ups.
 */
async function answer(
  interaction: ChatInputCommandInteraction | ModalSubmitInteraction,
  command: CommandDefinition,
  input: CommandInput,
  ctx: InteractionContext,
): Promise<void> {
  const ephemeral = startsPrivate(command, input);
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await runCommand(command, input, ctx.deps, ctx.log);
  const messages = renderDiscord(reply);
  // Only the first message carries a reply's file; the others go out as before (no upload).
  const files = reply.file
    ? { files: [{ attachment: Buffer.from(reply.file.text, 'utf8'), name: reply.file.name }] }
    : {};
  if (reply.private && !ephemeral) {
    // A public placeholder cannot turn private: remove it and answer privately instead.
    await interaction.deleteReply();
    for (const [i, message] of messages.entries()) {
      await interaction.followUp(privately({ ...toOptions(message), ...(i === 0 ? files : {}) }));
    }
    return;
  }
  const [first, ...rest] = messages;
  await interaction.editReply({ ...toOptions(first!), ...files });
  for (const message of rest) {
    await interaction.followUp(ephemeral ? privately(toOptions(message)) : toOptions(message));
  }
}

function toOptions(message: DiscordMessage) {
  return { content: message.content ?? '', embeds: message.embeds, allowedMentions: noMentions };
}

function privately<T extends object>(options: T) {
  return { ...options, flags: MessageFlags.Ephemeral as const };
}

function modalFor(
  command: CommandDefinition,
  option: string,
): APIModalInteractionResponseCallbackData {
  const described = command.options.find((o) => o.name === option)?.description ?? option;
  return {
    custom_id: `${modalPrefix}${commandPath(command)}`,
    title: truncate(`/${commandPath(command)}`, 45),
    components: [
      {
        type: ComponentType.Label,
        label: truncate(described, 45),
        component: {
          type: ComponentType.TextInput,
          custom_id: option,
          style: TextInputStyle.Paragraph,
          required: true,
          min_length: 1,
          max_length: 4000,
        },
      },
    ],
  };
}
