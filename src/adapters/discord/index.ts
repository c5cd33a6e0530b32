export { registerCommands } from './register-commands.js';
export { type DiscordSession, startDiscord } from './start-discord.js';
