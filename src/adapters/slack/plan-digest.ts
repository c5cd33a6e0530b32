import type { Reply } from '../../core/reply.js';
import {
  splitForThread,
  storyNotes,
  storyWithoutNotes,
} from '../../services/delivery/digest-layout.js';
import type { DigestLayout, PlannedDigest } from '../../services/delivery/poster.js';
import type { Placement } from '../../services/ports.js';
import { renderSlack, type SlackBlock, type SlackMessage, slackLimits } from './render-slack.js';

/**
 * A scheduled digest's Slack messages and where each goes. Without a thread every part goes to
 * the channel. With one: a header message, then each story as its own message with its notes
 * (framing-note counts, other outlets, framing line) in a thread reply under it. `userGroup`, a
 * user group id, is pinged once, in the header; text from articles stays escaped everywhere.
 */
export function planSlackDigest(
  reply: Reply,
  layout: DigestLayout,
  userGroup: string | null,
): PlannedDigest {
  const mention = (messages: SlackMessage[]) =>
    userGroup ? withGroupMention(messages, userGroup) : messages;
  if (!layout.thread) {
    const messages = mention(renderSlack(reply));
    return { messages, placements: messages.map(() => ({ kind: 'post' })) };
  }
  const { header, stories } = splitForThread(reply, 'below');
  const messages: SlackMessage[] = mention(renderSlack(header));
  const placements: Placement[] = messages.map(() => ({ kind: 'post' }));
  for (const item of stories) {
    const parent = messages.length;
    const story = renderSlack({ items: [storyWithoutNotes(item)] });
    const notes = storyNotes(item);
    const replies = notes ? renderSlack(notes) : [];
    messages.push(...story, ...replies);
    placements.push(
      ...story.map((): Placement => ({ kind: 'post' })),
      ...replies.map((): Placement => ({ kind: 'post', thread: parent })),
    );
  }
  return { messages, placements };
}

/**
 * The messages with the user group's mention leading the first one (its fallback text too, so
 * the notification says who was pinged). A first message already at Slack's block limit gets
 * the mention as a message of its own.
 */
export function withGroupMention(messages: SlackMessage[], groupId: string): SlackMessage[] {
  const ping = `<!subteam^${groupId}>`;
  const block: SlackBlock = {
    type: 'section',
    text: { type: 'mrkdwn', text: ping, verbatim: true },
  };
  const [first, ...rest] = messages;
  if (!first || first.blocks.length >= slackLimits.blocksPerMessage)
    return [{ text: ping, blocks: [block] }, ...messages];
  return [{ text: `${ping} ${first.text}`, blocks: [block, ...first.blocks] }, ...rest];
}
