import { parseArgs } from 'node:util';
import { registry } from '../../../commands/index.js';
import type { Config } from '../../config.js';
import { UserError } from '../../errors.js';
import { registerCommands } from '../discord/index.js';
import { slackManifestText } from '../slack/manifest.js';
import type { CliIo } from './summarize-cli.js';

/** `lede register-commands [--guild ID]`: publishes the slash commands to Discord. */
export async function registerCommandsCli(
  args: string[],
  config: Config,
  io: CliIo,
): Promise<number> {
  const { values } = parseArgs({ args, options: { guild: { type: 'string' } } });
  if (!config.discordToken || !config.discordApplicationId) {
    throw new UserError('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register commands.');
  }
  const result = await registerCommands({
    token: config.discordToken,
    applicationId: config.discordApplicationId,
    apiUrl: config.discordApiUrl,
    guildId: values.guild,
    commandName: config.commandName,
    registry,
  });
  io.stdout(`Registered /${result.names.join(', /')} (${result.scope}).\n`);
  return 0;
}

/** `lede slack-manifest`: the Slack app manifest, generated from the command registry. */
export function slackManifestCli(args: string[], config: Config, io: CliIo): number {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string', default: 'json' },
      mode: { type: 'string' },
      'request-url': { type: 'string' },
    },
  });
  const format = values.format;
  const mode = values.mode ?? config.slackMode;
  if (format !== 'json' && format !== 'yaml') throw new UserError('--format must be json or yaml.');
  if (mode !== 'socket' && mode !== 'http') throw new UserError('--mode must be socket or http.');
  const requestUrl = values['request-url'];
  if (mode === 'http' && !requestUrl) {
    throw new UserError(
      '--mode http needs --request-url: the public HTTPS address Slack posts commands to, ending in /slack/events.',
    );
  }
  io.stdout(slackManifestText({ commandName: config.commandName, mode, format, requestUrl }));
  return 0;
}
