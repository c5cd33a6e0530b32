import { stringify } from 'yaml';
import { registry as defaultRegistry } from '../../../commands/index.js';
import { type CommandDefinition, commandPath } from '../../../commands/types.js';
import { truncate } from '../../render/text-limits.js';

export type SlackMode = 'socket' | 'http';

export interface SlackManifestOptions {
  commandName: string;
  mode: SlackMode;
  /** HTTP mode only: where Slack posts slash commands (Bolt listens on `/slack/events`). */
  requestUrl?: string;
  registry?: readonly CommandDefinition[];
}

/** The bot scopes Lede needs, each for one reason. */
export const slackBotScopes = [
  'commands', // the slash command
  'chat:write', // public replies
  'chat:write.public', // public replies in channels the bot was never invited to
  'users:read', // users.info: workspace admins and owners may run manage commands
  'usergroups:read', // usergroups.list: a schedule's `mention:@handle` to the group's id
  'files:read', // files.info and url_private: `feeds import` reads a file shared in Slack
  // conversations.history and .replies: after a crash, whether a digest part was already posted
  'channels:history',
  'groups:history',
] as const;

const placeholderUrl = 'https://lede.example.com/slack/events';

/**
 * The Slack app manifest, generated from the one command registry so the slash command's usage
 * hint never drifts from what Lede actually understands.
 */
export function buildSlackManifest(options: SlackManifestOptions) {
  const commands = options.registry ?? defaultRegistry;
  const http = options.mode === 'http';
  const slashCommand = {
    command: `/${options.commandName}`,
    description: 'Neutral news digests, with notes on how the text frames the story',
    usage_hint: usageHint(commands),
    should_escape: false,
    ...(http ? { url: options.requestUrl ?? placeholderUrl } : {}),
  };
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'Lede',
      description: 'Neutral news digests with framing notes',
      long_description:
        'Lede answers a link with a short, neutral digest of the article and notes on how its text frames the story: loaded words, opinions stated as facts, claims with no source, and who is quoted. Self-hosted; it reads only what you ask it to.',
      background_color: '#1f2933',
    },
    features: {
      bot_user: { display_name: 'Lede', always_online: true },
      slash_commands: [slashCommand],
    },
    oauth_config: { scopes: { bot: [...slackBotScopes] } },
    settings: {
      org_deploy_enabled: false,
      socket_mode_enabled: !http,
      token_rotation_enabled: false,
    },
  };
}

export type SlackManifest = ReturnType<typeof buildSlackManifest>;

/** `summarize <url> [private] | framing <text> | help`: subcommands with their required options. */
function usageHint(commands: readonly CommandDefinition[]): string {
  const hint = commands
    .map((command) => {
      const required = command.options.filter((o) => o.required).map((o) => `<${o.name}>`);
      return [commandPath(command), ...required].join(' ');
    })
    .join(' | ');
  // Slack shows one line under the command; keep it to what fits.
  return truncate(hint, 500);
}

/** The manifest as text for `lede slack-manifest`: JSON, or YAML for Slack's YAML editor. */
export function formatSlackManifest(manifest: SlackManifest, format: 'json' | 'yaml'): string {
  if (format === 'json') return `${JSON.stringify(manifest, null, 2)}\n`;
  // lineWidth 0: long strings stay on one line, as they read in Slack's editor.
  return stringify(manifest, { lineWidth: 0 });
}

/** What `lede slack-manifest [--format json|yaml]` prints. */
export function slackManifestText(
  options: SlackManifestOptions & { format?: 'json' | 'yaml' },
): string {
  return formatSlackManifest(buildSlackManifest(options), options.format ?? 'json');
}
