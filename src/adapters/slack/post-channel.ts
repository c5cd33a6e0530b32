import { LogLevel, webApi } from '@slack/bolt';
import type { FindOutcome, Poster, PostOutcome } from '../../services/delivery/poster.js';
import { planSlackDigest } from './plan-digest.js';
import type { SlackMessage } from './render-slack.js';

export interface SlackPosterOptions {
  token: string;
  apiUrl?: string;
  timeoutMs?: number;
}

/** Slack errors that no retry can fix; the schedule is paused with the reason. */
const permanentErrors = new Map<string, string>([
  ['channel_not_found', 'the channel no longer exists or Lede cannot see it'],
  ['not_in_channel', 'Lede is not in the channel (invite it with /invite)'],
  ['is_archived', 'the channel is archived'],
  ['account_inactive', 'the Slack app was removed or its token revoked'],
  ['invalid_auth', 'the Slack token is not valid'],
  ['token_revoked', 'the Slack token was revoked'],
  ['missing_scope', 'the Slack app lacks a permission (scope) to post'],
]);

const EVENT_TYPE = 'lede_digest';
/** How many recent messages a look-up reads. */
const HISTORY = 50;

/**
 * Posts scheduled digests to Slack channels with the Web API. Each part carries its ref as
 * message metadata (`lede_digest`), which a look-up finds in `conversations.history` after a
 * crash. The client's own retries are off (a retried post could land twice); the outbox retries.
 */
export function createSlackPoster(options: SlackPosterOptions): Poster {
  const client = new webApi.WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 15_000,
    logLevel: LogLevel.ERROR,
  });
  const groups = userGroups(client);
  return {
    plan: async (reply, _channelId, layout) =>
      planSlackDigest(reply, layout, layout.mention ? await groups(layout.mention) : null),
    async post(target, message, ref): Promise<PostOutcome> {
      const { text, blocks } = message as SlackMessage;
      try {
        const sent = await client.chat.postMessage({
          channel: target.channelId,
          ...(target.thread ? { thread_ts: target.thread } : {}),
          text,
          blocks,
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: EVENT_TYPE, event_payload: { key: ref } },
        });
        return { ok: true, id: String(sent.ts) };
      } catch (error) {
        return classifySlackError(error);
      }
    },
    async find(target, refs): Promise<FindOutcome> {
      const where = { channel: target.channelId, limit: HISTORY, include_all_metadata: true };
      try {
        const { messages } = target.thread
          ? await client.conversations.replies({ ...where, ts: target.thread })
          : await client.conversations.history(where);
        return { ok: true, found: refsIn(messages ?? [], refs) };
      } catch (error) {
        return classifySlackError(error);
      }
    },
  };
}

/** The refs carried in the messages' `lede_digest` metadata, each with its message's ts. */
function refsIn(
  messages: { ts?: string; metadata?: unknown }[],
  refs: string[],
): Map<string, string> {
  const found = new Map<string, string>();
  for (const message of messages) {
    const metadata = message.metadata as
      | { event_type?: string; event_payload?: { key?: unknown } }
      | undefined;
    const key = metadata?.event_payload?.key;
    if (metadata?.event_type === EVENT_TYPE && typeof key === 'string' && refs.includes(key))
      found.set(key, String(message.ts));
  }
  return found;
}

/**
 * A user group's id from what the manager gave: an id (`S…`) as is, a handle (`@news-desk`) by
 * `usergroups.list`. A handle that cannot be resolved (gone, or no `usergroups:read` scope)
 * gives null: the digest goes out without the ping rather than not at all.
 */
function userGroups(client: webApi.WebClient): (mention: string) => Promise<string | null> {
  return async (mention) => {
    if (/^S[A-Z0-9]+$/.test(mention)) return mention;
    const handle = mention.replace(/^@/, '');
    try {
      const { usergroups } = await client.usergroups.list({});
      return usergroups?.find((g) => g.handle?.toLowerCase() === handle)?.id ?? null;
    } catch {
      return null;
    }
  };
}

export function classifySlackError(error: unknown): Exclude<PostOutcome, { ok: true }> {
  const e = error as {
    code?: string;
    data?: { error?: string };
    retryAfter?: number;
    statusCode?: number;
    message?: string;
  };
  if (e.code === webApi.ErrorCode.PlatformError) {
    const code = e.data?.error ?? 'unknown_error';
    const reason = permanentErrors.get(code);
    if (reason) return { ok: false, kind: 'permanent', error: `Slack: ${reason} (${code})` };
    return { ok: false, kind: 'transient', error: `Slack: ${code}` };
  }
  if (e.code === webApi.ErrorCode.RateLimitedError) {
    return {
      ok: false,
      kind: 'transient',
      error: 'Slack rate limit',
      retryAfterMs: (e.retryAfter ?? 1) * 1000,
    };
  }
  const status = e.statusCode ? ` ${e.statusCode}` : '';
  return { ok: false, kind: 'transient', error: `Slack${status}: ${e.message ?? String(error)}` };
}
