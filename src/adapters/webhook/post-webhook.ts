import type { Reply } from '../../core/reply.js';
import type { Poster, PostOutcome } from '../../services/delivery/poster.js';
import { withRef } from '../discord/post-channel.js';
import { type DiscordMessage, renderDiscord } from '../discord/render-discord.js';
import { renderSlack } from '../slack/render-slack.js';
import type { WebhookTarget } from './webhook-schedules.js';

/** Webhook answers that mean the webhook is gone or refused for good. */
const permanentSlack = new Set([
  'invalid_token',
  'no_service',
  'no_service_id',
  'no_team',
  'team_disabled',
  'channel_not_found',
  'channel_is_archived',
  'action_prohibited',
  'no_active_hooks',
  'posting_to_general_channel_denied',
]);

/**
 * Posts scheduled digests to incoming webhooks: Discord webhooks get `renderDiscord` messages
 * (`?wait=true`, so Discord answers with the message), Slack webhooks `renderSlack` blocks.
 *
 * Exactly-once cannot be promised here: an incoming webhook has no history Lede can read, so a
 * part whose outcome is unknown (Lede died, or the request timed out, after it left) cannot be
 * looked up. Lede posts such a part again: a rare duplicate after a crash, never a lost digest.
 * Everything else (one digest per slot, items never repeated, parts confirmed one by one) holds.
 */
export function createWebhookPoster(
  targets: Map<string, WebhookTarget>,
  timeoutMs = 15_000,
): Poster {
  const target = (channelId: string) => {
    const found = targets.get(channelId);
    if (!found) throw new Error('webhook no longer configured');
    return found;
  };
  return {
    // Webhook schedules come from the config, which has no threads or mentions: one flat digest.
    async plan(reply: Reply, channelId) {
      const hook = target(channelId);
      const messages = hook.kind === 'discord' ? renderDiscord(reply) : renderSlack(reply);
      return { messages, placements: messages.map(() => ({ kind: 'post' as const })) };
    },
    async post({ channelId }, message, ref): Promise<PostOutcome> {
      let hook: WebhookTarget;
      try {
        hook = target(channelId);
      } catch {
        return { ok: false, kind: 'permanent', error: 'the webhook is no longer configured' };
      }
      const discord = hook.kind === 'discord';
      const url = discord ? withWait(hook.url) : hook.url;
      const body = {
        ...(discord ? withRef(message as DiscordMessage, ref) : (message as object)),
        ...identity(hook),
      };
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await res.text();
        if (res.ok) return { ok: true, id: discord ? messageId(text, ref) : `slack-${ref}` };
        return classifyWebhookAnswer(res.status, text, res.headers.get('retry-after'), hook.kind);
      } catch (error) {
        const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        return { ok: false, kind: 'transient', error: `webhook unreachable: ${why}` };
      }
    },
    find: null,
  };
}

/** The per-webhook name and picture, in each platform's field names. */
function identity(hook: WebhookTarget): Record<string, string> {
  const fields: Record<string, string> = {};
  if (hook.name) fields.username = hook.name;
  if (hook.avatar) fields[hook.kind === 'discord' ? 'avatar_url' : 'icon_url'] = hook.avatar;
  return fields;
}

function withWait(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('wait', 'true');
  return parsed.href;
}

function messageId(text: string, ref: string): string {
  try {
    return String((JSON.parse(text) as { id?: string }).id ?? ref);
  } catch {
    return ref;
  }
}

export function classifyWebhookAnswer(
  status: number,
  text: string,
  retryAfter: string | null,
  kind: WebhookTarget['kind'],
): Exclude<PostOutcome, { ok: true }> {
  const error = `${kind} webhook ${status}: ${text.slice(0, 200)}`;
  if (status === 429) {
    const seconds = Number(retryAfter ?? bodyRetryAfter(text));
    const retryAfterMs = Number.isFinite(seconds) ? Math.ceil(seconds * 1000) : 1000;
    return { ok: false, kind: 'transient', error, retryAfterMs };
  }
  if (status >= 500) return { ok: false, kind: 'transient', error };
  // Discord: 401 bad token, 404 Unknown Webhook (10015); Slack answers with a word.
  const gone =
    kind === 'discord' ? status === 401 || status === 404 : permanentSlack.has(text.trim());
  return { ok: false, kind: gone ? 'permanent' : 'transient', error };
}

/** Discord puts `retry_after` (seconds) in the JSON body of a 429. */
function bodyRetryAfter(text: string): number {
  try {
    return Number((JSON.parse(text) as { retry_after?: number }).retry_after ?? 1);
  } catch {
    return 1;
  }
}
