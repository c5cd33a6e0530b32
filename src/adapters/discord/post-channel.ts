import { DiscordAPIError, HTTPError, RateLimitError, REST, Routes } from 'discord.js';
import type { FindOutcome, Poster, PostOutcome } from '../../services/delivery/poster.js';
import { channelKinds, findForumPost, openThread, postToForum } from './discord-threads.js';
import { planDiscordDigest } from './plan-digest.js';
import { type DiscordMessage, discordLimits, embedSize } from './render-discord.js';
import { discordRestOptions } from './rest-options.js';

export interface DiscordPosterOptions {
  token: string;
  apiUrl?: string;
  /** Per request; a timed-out post is looked up before it is tried again. */
  timeoutMs?: number;
}

/** Discord error codes that no retry can fix: Unknown Channel, Missing Access, Missing Permissions. */
const permanentCodes = new Map<number, string>([
  [10003, 'the channel no longer exists'],
  [50001, 'Lede has no access to the channel (removed from the server?)'],
  [50013, 'Lede lacks the permission to post in the channel'],
  [
    40067,
    'the forum requires a tag on each post; let Lede post without one, or use a text channel',
  ],
]);

/** How many recent messages a look-up reads (Discord's maximum per request). */
const HISTORY = 50;

/**
 * Posts scheduled digests to Discord channels over REST (discord.js's client, its own rate
 * limiting). Each part carries its ref twice: as a nonce with `enforce_nonce` (Discord itself
 * drops a repeat within a few minutes) and in the last embed's footer, which is what a look-up
 * in the channel's (or thread's) last 50 messages matches after a crash.
 */
export function createDiscordPoster(options: DiscordPosterOptions): Poster {
  // No automatic retries: a POST retried after a timeout could post twice. The outbox retries.
  const rest = new REST({
    retries: 0,
    timeout: options.timeoutMs ?? 15_000,
    ...discordRestOptions(options.apiUrl),
  }).setToken(options.token);
  let botId: Promise<string | null> | undefined;
  const me = () => {
    botId ??= (rest.get(Routes.user('@me')) as Promise<{ id: string }>).then(
      (user) => user.id,
      () => {
        botId = undefined;
        return null;
      },
    );
    return botId;
  };
  const kindOf = channelKinds(rest);
  const history = (channelId: string, refs: string[]) => findInHistory(rest, me, channelId, refs);
  return {
    async plan(reply, channelId, layout) {
      const kind = layout.thread ? await kindOf(channelId) : 'text';
      return planDiscordDigest(reply, layout, kind);
    },
    async post(target, message, ref): Promise<PostOutcome> {
      const marked = withRef(message as DiscordMessage, ref);
      if (target.forumPost) {
        const where = { channelId: target.channelId, name: target.forumPost, message: marked };
        return postToForum(rest, classifyDiscordError, where);
      }
      const body = { ...marked, nonce: ref, enforce_nonce: true };
      try {
        const channel = target.thread ?? target.channelId;
        const sent = (await rest.post(Routes.channelMessages(channel), { body })) as { id: string };
        return { ok: true, id: sent.id };
      } catch (error) {
        return classifyDiscordError(error);
      }
    },
    openThread: (channelId, messageId, name) =>
      openThread(rest, classifyDiscordError, { channelId, messageId, name }),
    async find(target, refs): Promise<FindOutcome> {
      try {
        if (!target.forumPost) return await history(target.thread ?? target.channelId, refs);
        const where = { channelId: target.channelId, botId: await me(), refs };
        return await findForumPost(rest, history, where);
      } catch (error) {
        return classifyDiscordError(error);
      }
    },
  };
}

/** The refs among the channel's last messages by Lede, each with its message's id. */
async function findInHistory(
  rest: REST,
  me: () => Promise<string | null>,
  channelId: string,
  refs: string[],
): Promise<FindOutcome> {
  try {
    const author = await me();
    const messages = (await rest.get(Routes.channelMessages(channelId), {
      query: new URLSearchParams({ limit: String(HISTORY) }),
    })) as PostedMessage[];
    const found = new Map<string, string>();
    for (const message of messages) {
      if (author && message.author?.id !== author) continue;
      const text = [message.content ?? '', ...(message.embeds ?? []).map((e) => e.footer?.text)];
      for (const ref of refs) if (text.some((t) => t?.includes(ref))) found.set(ref, message.id);
    }
    return { ok: true, found };
  } catch (error) {
    return classifyDiscordError(error);
  }
}

interface PostedMessage {
  id: string;
  content?: string;
  author?: { id: string };
  embeds?: { footer?: { text: string } }[];
}

/** The message with `ref` in its last embed's footer, or as small text when that would not fit. */
export function withRef(message: DiscordMessage, ref: string): DiscordMessage {
  const copy = structuredClone(message);
  const last = copy.embeds[copy.embeds.length - 1];
  const total = copy.embeds.reduce((n, e) => n + embedSize(e), 0);
  const footer = last?.footer?.text ? `${last.footer.text} · ${ref}` : ref;
  const fits =
    footer.length <= discordLimits.footer &&
    total - (last?.footer?.text.length ?? 0) + footer.length <= discordLimits.charactersPerMessage;
  if (last && fits) last.footer = { text: footer };
  else copy.content = `${copy.content ? `${copy.content}\n` : ''}-# ${ref}`;
  return copy;
}

export function classifyDiscordError(error: unknown): Exclude<PostOutcome, { ok: true }> {
  if (error instanceof DiscordAPIError) {
    const reason = permanentCodes.get(Number(error.code));
    if (reason && error.status >= 400 && error.status < 500) {
      return { ok: false, kind: 'permanent', error: `Discord: ${reason} (${error.code})` };
    }
    return { ok: false, kind: 'transient', error: `Discord ${error.status}: ${error.message}` };
  }
  if (error instanceof RateLimitError) {
    return {
      ok: false,
      kind: 'transient',
      error: 'Discord rate limit',
      retryAfterMs: error.retryAfter,
    };
  }
  if (error instanceof HTTPError) {
    return { ok: false, kind: 'transient', error: `Discord ${error.status}: ${error.message}` };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { ok: false, kind: 'transient', error: `Discord unreachable: ${message}` };
}
