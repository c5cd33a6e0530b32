import { DiscordAPIError, type REST, Routes } from 'discord.js';
import type { FindOutcome, PostOutcome } from '../../services/delivery/poster.js';

/** Discord: "A thread has already been created for this message". */
const THREAD_EXISTS = 160004;
/** Guild forum and media channels: messages go only into their posts (threads). */
const forumTypes = new Set([15, 16]);
/** Announcement, public and private threads: a thread cannot hold a thread of its own. */
const threadTypes = new Set([10, 11, 12]);

/** What decides a digest's layout: a channel, a forum, or already a thread. */
export type ChannelKind = 'text' | 'forum' | 'thread';
/** A day: the thread stays in the channel list while the digest is current. */
const AUTO_ARCHIVE_MINUTES = 1440;
/** Forum posts a look-up reads, newest first: a crashed attempt made at most one. */
const RECENT_POSTS = 5;

export type Classify = (error: unknown) => Exclude<PostOutcome, { ok: true }>;
/** Finds parts by ref in one channel's (or thread's) recent messages. */
export type HistoryFind = (channelId: string, refs: string[]) => Promise<FindOutcome>;

/** Whether a channel is a text channel or a forum, asked once per channel and remembered. */
export function channelKinds(rest: REST): (channelId: string) => Promise<ChannelKind> {
  const known = new Map<string, ChannelKind>();
  return async (channelId) => {
    const cached = known.get(channelId);
    if (cached) return cached;
    const channel = (await rest.get(Routes.channel(channelId))) as { type: number };
    const kind = forumTypes.has(channel.type)
      ? 'forum'
      : threadTypes.has(channel.type)
        ? 'thread'
        : 'text';
    known.set(channelId, kind);
    return kind;
  };
}

/**
 * Starts a thread from a posted message. A thread started from a message has the message's id,
 * so a second request after a crash (Discord answers 160004) needs no look-up: its id is known.
 */
export async function openThread(
  rest: REST,
  classify: Classify,
  where: { channelId: string; messageId: string; name: string },
): Promise<PostOutcome> {
  const body = { name: where.name, auto_archive_duration: AUTO_ARCHIVE_MINUTES };
  try {
    const thread = (await rest.post(Routes.threads(where.channelId, where.messageId), {
      body,
    })) as { id: string };
    return { ok: true, id: thread.id };
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === THREAD_EXISTS)
      return { ok: true, id: where.messageId };
    return classify(error);
  }
}

/** A new forum post whose first message is `message`; the post's id is its thread's. */
export async function postToForum(
  rest: REST,
  classify: Classify,
  where: { channelId: string; name: string; message: object },
): Promise<PostOutcome> {
  const { name, message } = where;
  const body = { name, message, auto_archive_duration: AUTO_ARCHIVE_MINUTES };
  try {
    const thread = (await rest.post(Routes.threads(where.channelId), { body })) as {
      id: string;
    };
    return { ok: true, id: thread.id };
  } catch (error) {
    return classify(error);
  }
}

interface ThreadChannel {
  id: string;
  parent_id?: string;
  owner_id?: string;
}

/**
 * Finds a forum post a crashed attempt made: the forum's active posts that Lede started, newest
 * first, each read for the ref its first message carries. Found refs map to the post's id.
 */
export async function findForumPost(
  rest: REST,
  history: HistoryFind,
  where: { channelId: string; botId: string | null; refs: string[] },
): Promise<FindOutcome> {
  const forum = (await rest.get(Routes.channel(where.channelId))) as { guild_id: string };
  const active = (await rest.get(Routes.guildActiveThreads(forum.guild_id))) as {
    threads: ThreadChannel[];
  };
  const posts = active.threads
    .filter((t) => t.parent_id === where.channelId && (!where.botId || t.owner_id === where.botId))
    .sort((a, b) => compareSnowflakes(b.id, a.id))
    .slice(0, RECENT_POSTS);
  const found = new Map<string, string>();
  for (const post of posts) {
    const inPost = await history(post.id, where.refs);
    if (!inPost.ok) return inPost;
    for (const ref of inPost.found.keys()) found.set(ref, post.id);
  }
  return { ok: true, found };
}

function compareSnowflakes(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
