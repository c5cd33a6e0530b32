export { buildCommandJson, modalOptions } from './command-json.js';
export {
  type RegisterOptions,
  type RegisterResult,
  registerCommands,
} from './register-commands.js';
export { type DiscordSession, type StartDiscordOptions, startDiscord } from './start-discord.js';
