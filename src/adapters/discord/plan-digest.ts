import type { Reply } from '../../core/reply.js';
import { splitForThread } from '../../services/delivery/digest-layout.js';
import type { DigestLayout, PlannedDigest } from '../../services/delivery/poster.js';
import type { Placement } from '../../services/ports.js';
import type { ChannelKind } from './discord-threads.js';
import { type DiscordMessage, renderDiscord } from './render-discord.js';

/** A Discord message that may ping exactly one role (`allowed_mentions` names it and no other). */
export type MentioningMessage = Omit<DiscordMessage, 'allowed_mentions'> & {
  allowed_mentions: { parse: []; roles?: string[] };
};

/**
 * A scheduled digest's Discord messages and where each goes. Without a thread every part goes to
 * the channel. With one: in a text channel a header message, a thread started from it and the
 * stories inside; in a forum channel one forum post whose first message is the header; inside a
 * thread (where a schedule set in a forum post lives) the digest itself. The role
 * (if any) is pinged once, in the header.
 */
export function planDiscordDigest(
  reply: Reply,
  layout: DigestLayout,
  channelKind: ChannelKind,
): PlannedDigest {
  const mention = (messages: DiscordMessage[]) =>
    messages.map((m, i) => (i === 0 && layout.mention ? withRoleMention(m, layout.mention) : m));
  // A schedule set inside a thread (or a forum post) already posts into a thread.
  if (!layout.thread || channelKind === 'thread') {
    const messages = mention(renderDiscord(reply));
    return { messages, placements: messages.map(() => ({ kind: 'post' })) };
  }
  const { header, stories } = splitForThread(reply, 'in-thread');
  const [starter, ...restOfHeader] = mention(renderDiscord(header));
  const inThread = [...restOfHeader, ...renderDiscord({ items: stories })];
  if (channelKind === 'forum') {
    const first: Placement = { kind: 'forum-post', name: layout.name };
    return {
      messages: [starter, ...inThread],
      placements: [first, ...inThread.map((): Placement => ({ kind: 'post', thread: 0 }))],
    };
  }
  const open: Placement = { kind: 'open-thread', from: 0, name: layout.name };
  return {
    messages: [starter, null, ...inThread],
    placements: [
      { kind: 'post' },
      open,
      ...inThread.map((): Placement => ({ kind: 'post', thread: 1 })),
    ],
  };
}

/** The message with the role's mention as its text, allowed to ping that role and nobody else. */
export function withRoleMention(message: DiscordMessage, roleId: string): MentioningMessage {
  const content = message.content ? `<@&${roleId}>\n${message.content}` : `<@&${roleId}>`;
  return { ...message, content, allowed_mentions: { parse: [], roles: [roleId] } };
}
