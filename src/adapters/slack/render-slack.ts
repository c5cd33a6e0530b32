import { MODEL_DIGEST_MARK } from '../../core/llm/marker.js';
import { noteCountsText, type Reply, type ReplyItem } from '../../core/reply.js';
import { siteName } from '../../core/site-name.js';
import { formatParagraph, paragraphText } from '../../render/inline.js';
import {
  escapeSlack,
  escapeSlackControl,
  slackFormat,
  slackLink,
  splitText,
  truncate,
} from './slack-text.js';

export interface SlackMrkdwn {
  type: 'mrkdwn';
  text: string;
  /** Verbatim text is not auto-linked and no names or mentions are parsed out of it. */
  verbatim: true;
}

export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji: false } }
  | { type: 'section'; text: SlackMrkdwn }
  | { type: 'context'; elements: SlackMrkdwn[] };

/** One chat message: Block Kit blocks plus the plain fallback used in notifications. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/**
 * Slack's documented limits (https://docs.slack.dev/reference/block-kit/blocks), and our own
 * budget per message: Slack advises staying well under ~12,000 characters, so a message's JSON
 * is kept under 10,000.
 */
export const slackLimits = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextText: 3000,
  contextElements: 10,
  fallbackText: 300,
  messageJson: 10_000,
} as const;

/**
 * Renders a reply as one or more Slack messages within every limit; it never fails. Text from
 * feeds and pages is escaped (no mentions, markup or links of its own) and the only links are
 * the ones Lede rebuilt from parsed URLs, each kept whole inside one block.
 */
export function renderSlack(reply: Reply): SlackMessage[] {
  const blocks = replyBlocks(reply);
  if (blocks.length === 0) blocks.push(section('_(nothing to show)_'));
  const first = reply.body?.[0];
  const lead = reply.title ?? (first && paragraphText(first)) ?? reply.digest?.[0] ?? 'Lede';
  return packMessages(blocks, truncate(escapeSlack(lead), slackLimits.fallbackText - 20));
}

function replyBlocks(reply: Reply): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  if (reply.title) {
    const title = truncate(escapeSlackControl(reply.title), slackLimits.headerText);
    blocks.push({ type: 'header', text: { type: 'plain_text', text: title, emoji: false } });
  }
  if (reply.url) blocks.push(context(slackLink(reply.url, siteName(reply.url) ?? reply.url)));
  for (const paragraph of reply.body ?? []) {
    blocks.push(...sections(formatParagraph(paragraph, slackFormat)));
  }
  if (reply.digest?.length) {
    const heading = reply.digestByModel ? `*Digest* ${MODEL_DIGEST_MARK}` : '*Digest*';
    blocks.push(...sections(bulleted(heading, reply.digest)));
  }
  if (reply.notes?.length) {
    // The heading parts the notes from the digest; alone (`/news framing`), the title says it.
    if (reply.digest?.length) blocks.push(section('*Framing notes*'));
    for (const group of reply.notes) {
      blocks.push(...sections(bulleted(`*${escapeSlack(group.label)}*`, group.items)));
    }
  }
  for (const item of reply.items ?? []) blocks.push(...sections(itemText(item)));
  if (reply.footer) {
    blocks.push(context(truncate(escapeSlack(reply.footer), slackLimits.contextText)));
  }
  if (reply.file) blocks.push(...codeSections(reply.file.text));
  return blocks;
}

/** Code blocks of a file's text, split at lines; backticks cannot close them (look-alikes). */
function codeSections(text: string): SlackBlock[] {
  const escaped = escapeSlackControl(text.trimEnd()).replace(/`/g, '\u02cb');
  return splitText(escaped, slackLimits.sectionText - 8).map((part) =>
    section(`\`\`\`${part}\`\`\``),
  );
}

function itemText(item: ReplyItem): string {
  const title = item.url ? slackLink(item.url, item.title) : escapeSlack(item.title);
  const counts = noteCountsText(item.noteCounts);
  const meta = [item.outlet, counts && `notes: ${counts}`, item.digestByModel && MODEL_DIGEST_MARK]
    .filter(Boolean)
    .join(' · ');
  const heading = `*${title}*${meta ? `\n_${escapeSlack(meta)}_` : ''}`;
  const coverage = (item.coverage ?? []).map((c) =>
    c.url ? slackLink(c.url, c.outlet) : escapeSlack(c.outlet),
  );
  const extra = [
    ...(coverage.length ? [`Also covered by ${coverage.join(', ')}`] : []),
    ...(item.framingNote ? [`_${escapeSlack(item.framingNote)}_`] : []),
  ];
  return [bulleted(heading, item.digest), ...extra].join('\n');
}

function bulleted(heading: string, lines: string[]): string {
  return [heading, ...lines.map((line) => `• ${escapeSlack(line)}`)].join('\n');
}

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

function context(text: string): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text, verbatim: true }] };
}

/** Section blocks for already-escaped text, split at lines, then words, when over the limit. */
function sections(text: string): SlackBlock[] {
  return splitText(text, slackLimits.sectionText).map(section);
}

function blockSize(block: SlackBlock): number {
  return JSON.stringify(block).length + 1;
}

function packMessages(blocks: SlackBlock[], lead: string): SlackMessage[] {
  const budget = slackLimits.messageJson - slackLimits.fallbackText - 40;
  const groups: SlackBlock[][] = [[]];
  let used = 0;
  for (const block of blocks) {
    const current = groups[groups.length - 1]!;
    const size = blockSize(block);
    if (
      current.length > 0 &&
      (current.length >= slackLimits.blocksPerMessage || used + size > budget)
    ) {
      groups.push([block]);
      used = size;
    } else {
      current.push(block);
      used += size;
    }
  }
  return groups.map((group, i) => ({
    text: groups.length > 1 ? `${lead} (${i + 1}/${groups.length})` : lead,
    blocks: group,
  }));
}
