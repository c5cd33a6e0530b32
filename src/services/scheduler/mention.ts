import { UserError } from '../../errors.js';
import type { ChannelRef } from '../ports.js';

const discordRole = /^(?:<@&)?(\d{17,20})>?$/;
/** Slack sends `<!subteam^S…|@handle>` for a user group picked while typing; or its bare id. */
const slackGroupId = /^(?:<!subteam\^)?(S[A-Z0-9]{2,})(?:\|[^>]*)?>?$/;
const slackHandle = /^@?([a-z0-9][a-z0-9._-]{0,79})$/i;

/**
 * What a schedule stores for `mention:`: a Discord role's id, or a Slack user group's id or
 * `@handle` (resolved to its id when the digest is posted). Anything else is refused here, so a
 * schedule can never hold text that would ping someone else.
 */
export function parseMention(platform: ChannelRef['platform'], typed: string): string {
  const text = typed.trim();
  if (platform === 'discord') {
    const role = discordRole.exec(text)?.[1];
    if (role) return role;
    throw new UserError('`mention` must be a role of this server: pick one from the list.');
  }
  if (platform === 'slack') {
    const id = slackGroupId.exec(text)?.[1];
    if (id) return id;
    const handle = slackHandle.exec(text)?.[1];
    if (handle) return `@${handle.toLowerCase()}`;
    throw new UserError(
      '`mention` must be a user group: its handle (like @news-desk) or its id (like S0123ABCD).',
    );
  }
  throw new UserError('`mention` works in Discord and Slack channels only.');
}
