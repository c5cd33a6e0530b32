import { parseCommandLine } from '../../../commands/parse-command-line.js';
import { runCommand } from '../../../commands/run-command.js';
import type { CommandDeps } from '../../../commands/types.js';
import type { Reply } from '../../core/reply.js';
import type { Log } from '../../services/ports.js';
import { renderSlack, type SlackMessage } from './render-slack.js';

/** What one slash command brings, whichever receiver (Socket Mode or HTTP) delivered it. */
export interface SlashCommandRequest {
  text: string;
  userId: string;
  channelId: string;
}

/** The two ways back to Slack: the request's response_url, or a post as the bot. */
export interface SlackOutbox {
  respond(message: SlackMessage & { response_type: 'ephemeral' | 'in_channel' }): Promise<unknown>;
  postMessage(channel: string, message: SlackMessage): Promise<unknown>;
  postEphemeral(channel: string, user: string, message: SlackMessage): Promise<unknown>;
}

/** Slack accepts at most five messages through one response_url. */
const responseUrlUses = 5;

export interface HandleDeps {
  deps: CommandDeps;
  isManager(userId: string): Promise<boolean>;
  log: Log;
}

/**
 * Runs one slash command after it was acknowledged: reads the text with the text-command parser
 * (Slack sends what follows `/news`), checks who may manage, runs the command through the one
 * error boundary, and delivers the reply.
 */
export async function handleSlashCommand(
  request: SlashCommandRequest,
  outbox: SlackOutbox,
  handle: HandleDeps,
): Promise<void> {
  const reply = await replyFor(request, handle);
  await deliver(renderSlack(reply), reply.private === true, request, outbox, handle);
}

async function replyFor(request: SlashCommandRequest, handle: HandleDeps): Promise<Reply> {
  const { deps } = handle;
  // With "escape channels, users and links" switched on, Slack wraps links as <url> or <url|label>.
  const unwrapped = request.text.replace(/<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/g, '$1');
  const text = unwrapped.trim() === '' ? 'help' : unwrapped;
  const parsed = parseCommandLine(`/${deps.commandName} ${text}`, deps.commandName, deps.registry);
  if (parsed.kind === 'error') return { private: true, body: [parsed.message] };
  if (parsed.kind === 'empty') return { private: true, body: [`Try /${deps.commandName} help.`] };
  const canManage = await handle.isManager(request.userId);
  return runCommand(
    parsed.command,
    {
      options: parsed.options,
      user: { id: request.userId, canManage },
      channel: { id: request.channelId, platform: 'slack' },
    },
    deps,
    handle.log,
  );
}

/**
 * Private replies go back through response_url as ephemeral messages (past its five uses, as
 * chat.postEphemeral). Public ones are posted as the bot; where the bot may not post (a DM, a
 * private channel it is not in), they go back through response_url in the channel instead.
 */
async function deliver(
  messages: SlackMessage[],
  isPrivate: boolean,
  request: SlashCommandRequest,
  outbox: SlackOutbox,
  handle: HandleDeps,
): Promise<void> {
  const channel = request.channelId;
  let viaResponseUrl = isPrivate;
  let uses = 0;
  for (const [i, message] of messages.entries()) {
    if (viaResponseUrl && uses < responseUrlUses) {
      uses++;
      await outbox.respond({ ...message, response_type: isPrivate ? 'ephemeral' : 'in_channel' });
    } else if (viaResponseUrl && isPrivate) {
      await outbox.postEphemeral(channel, request.userId, message);
    } else if (viaResponseUrl) {
      handle.log.warn(
        { channel, dropped: messages.length - i },
        'reply cut short: no way left to post',
      );
      return;
    } else {
      try {
        await outbox.postMessage(channel, message);
      } catch (error) {
        handle.log.warn(
          { err: error, channel },
          'chat.postMessage failed; answering via response_url',
        );
        viaResponseUrl = true;
        uses++;
        await outbox.respond({ ...message, response_type: 'in_channel' });
      }
    }
  }
}
