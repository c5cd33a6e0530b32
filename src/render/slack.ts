import type { Reply, ReplyItem } from '../core/reply.js';

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
 * Slack's documented limits, and our own budget per message: Slack advises staying well under
 * ~12,000 characters, so a message's JSON is kept under 10,000.
 */
export const slackLimits = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  contextText: 2000,
  fallbackText: 300,
  messageJson: 10_000,
} as const;

/**
 * Makes text from articles (or from people) inert in Slack: `&`, `<` and `>` are Slack's control
 * characters (https://api.slack.com/reference/surfaces/formatting#escaping), so escaping them
 * stops `<!channel>`, `<@U123>` and `<https://x|click>`; a word joiner keeps `@channel`-style
 * words from ever being linked; a fence of three backticks cannot swallow the rest of a block.
 */
export function escapeSlack(text: string): string {
  return text
    .replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone|group)\b/gi, '@\u2060$1')
    .replace(/```/g, '`\u200B`\u200B`');
}

/** A link Lede adds itself: `<url|title>` for http(s) URLs, escaped text for anything else. */
export function slackLink(url: string, title: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return escapeSlack(title);
  const safeUrl = url.replace(/[<>|"]/g, (c) => encodeURIComponent(c)).replace(/&/g, '&amp;');
  return `<${safeUrl}|${escapeSlack(title)}>`;
}

/** Renders a reply as one or more Slack messages within every limit; it never fails. */
export function renderSlack(reply: Reply): SlackMessage[] {
  const blocks = replyBlocks(reply);
  if (blocks.length === 0) blocks.push(section('_(nothing to show)_'));
  const lead = escapeSlack(reply.title ?? reply.body?.[0] ?? reply.digest?.[0] ?? 'Lede');
  return packMessages(blocks, truncate(lead, slackLimits.fallbackText - 20));
}

function replyBlocks(reply: Reply): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  if (reply.title) {
    const title = truncate(escapeSlack(reply.title), slackLimits.headerText);
    blocks.push({ type: 'header', text: { type: 'plain_text', text: title, emoji: false } });
  }
  if (reply.url) blocks.push(context(slackLink(reply.url, hostOf(reply.url))));
  for (const paragraph of reply.body ?? []) blocks.push(...sections(escapeSlack(paragraph)));
  if (reply.digest?.length) blocks.push(...sections(bulleted('*Digest*', reply.digest)));
  if (reply.notes?.length) {
    blocks.push(section('*Framing notes*'));
    for (const group of reply.notes) {
      blocks.push(...sections(bulleted(`*${escapeSlack(group.label)}*`, group.items)));
    }
  }
  for (const item of reply.items ?? []) blocks.push(...sections(itemText(item)));
  if (reply.footer) {
    blocks.push(context(truncate(escapeSlack(reply.footer), slackLimits.contextText)));
  }
  return blocks;
}

function itemText(item: ReplyItem): string {
  const title = item.url ? slackLink(item.url, item.title) : escapeSlack(item.title);
  const counts = Object.entries(item.noteCounts)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  const meta = [item.outlet, counts && `notes: ${counts}`].filter(Boolean).join(' · ');
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

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
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

export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = safeCut(rest, max);
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[\n ]/, '');
  }
  if (rest !== '' || parts.length === 0) parts.push(rest);
  return parts;
}

/** Cuts escaped text to at most `max` characters, ending with an ellipsis when it had to cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, safeCut(text, max - 1)).trimEnd()}…`;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The last index at or before `max` where text may be cut: never inside a grapheme (an emoji
 * sequence, a letter and its combining marks, a surrogate pair) nor inside an `&amp;` entity.
 */
function safeCut(text: string, max: number): number {
  const from = Math.max(0, max - 64);
  let cut = from;
  for (const { index } of graphemes.segment(text.slice(from, max + 1))) {
    if (from + index <= max) cut = from + index;
  }
  if (cut === from && from > 0) cut = max;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= 0 && cut - amp < 6 && !text.slice(amp, cut).includes(';')) cut = amp;
  return cut > 0 ? cut : Math.min(max, text.length);
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
