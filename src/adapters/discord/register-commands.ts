import { REST, Routes } from 'discord.js';
import { registry as defaultRegistry } from '../../../commands/index.js';
import type { CommandDefinition } from '../../../commands/types.js';
import { buildCommandJson } from './command-json.js';
import { discordRestOptions } from './rest-options.js';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** REST base URL (`https://discord.com/api` unless behind a proxy, or a fake in tests). */
  apiUrl?: string;
  /** Register in one server only: changes show at once, which suits development. */
  guildId?: string;
  commandName: string;
  registry?: readonly CommandDefinition[];
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  names: string[];
}

/**
 * Overwrites Lede's slash commands in bulk (PUT): global commands, or one server's when a guild
 * id is given. Overwriting makes registration idempotent and removes commands Lede dropped.
 */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const body = [buildCommandJson(options.registry ?? defaultRegistry, options.commandName)];
  const rest = new REST(discordRestOptions(options.apiUrl)).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const saved = (await rest.put(route, { body })) as { name: string }[];
  return { scope: options.guildId ? 'guild' : 'global', names: saved.map((c) => c.name) };
}
