import { noteKindLabels } from '../core/present-analysis.js';
import type { Reply, ReplyItem } from '../core/reply.js';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const discordLimits = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsPerMessage: 10,
  charactersPerMessage: 6000,
  url: 2048,
} as const;

export const ephemeralFlag = 64;

export interface DiscordEmbed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}

/** One message as Discord's API takes it (create, edit or follow-up). */
export interface DiscordMessage {
  content?: string;
  embeds: DiscordEmbed[];
  flags?: number;
  allowed_mentions: { parse: [] };
}

const color = 0x4f6d7a;
const bullet = '• ';

/**
 * Turns a reply into Discord messages. Owns every Discord limit: text that does not fit is
 * split across embeds and messages, never rejected. Article text is escaped so it cannot break
 * the layout, and mentions are defused twice (in the text and by `allowed_mentions`).
 */
export function renderDiscord(reply: Reply): DiscordMessage[] {
  const embeds = [...mainEmbeds(reply), ...(reply.items ?? []).flatMap(itemEmbeds)];
  if (reply.footer) addFooter(embeds, reply.footer);
  const messages = packMessages(embeds);
  if (messages.length === 0) messages.push({ content: 'Done.', embeds: [], ...noMentions });
  if (reply.private) for (const message of messages) message.flags = ephemeralFlag;
  return messages;
}

const noMentions = { allowed_mentions: { parse: [] as [] } };

function mainEmbeds(reply: Reply): DiscordEmbed[] {
  const paragraphs = (reply.body ?? []).map(neutralizeMentions);
  if (reply.digest?.length) {
    paragraphs.push(['**Digest**', ...reply.digest.map((l) => bullet + articleText(l))].join('\n'));
  }
  const fields = (reply.notes ?? []).flatMap((group) =>
    toFields(
      articleText(group.label),
      group.items.map((i) => bullet + articleText(i)),
    ),
  );
  if (!reply.title && paragraphs.length === 0 && fields.length === 0) return [];
  const head: DiscordEmbed = { color };
  if (reply.title) head.title = truncate(articleText(reply.title), discordLimits.title);
  const url = safeUrl(reply.url);
  if (url) head.url = url;
  return withFields(describe(head, paragraphs.join('\n\n')), fields);
}

function itemEmbeds(item: ReplyItem): DiscordEmbed[] {
  const counts = Object.entries(item.noteCounts)
    .filter(([, n]) => n)
    .map(([kind, n]) => `${noteKindLabels[kind as keyof typeof noteKindLabels] ?? kind} ${n}`)
    .join(', ');
  const meta = [item.outlet && articleText(item.outlet), counts && `notes: ${counts}`]
    .filter(Boolean)
    .join(' · ');
  const coverage = (item.coverage ?? []).map((c) => {
    const link = safeUrl(c.url);
    return link ? `[${articleText(c.outlet)}](${link})` : articleText(c.outlet);
  });
  const lines = [
    ...(meta ? [`*${meta}*`] : []),
    ...item.digest.map((l) => bullet + articleText(l)),
    ...(coverage.length ? [`Also covered by ${coverage.join(', ')}`] : []),
    ...(item.framingNote ? [`*${articleText(item.framingNote)}*`] : []),
  ];
  const head: DiscordEmbed = {
    color,
    title: truncate(articleText(item.title) || 'Untitled', discordLimits.title),
  };
  const url = safeUrl(item.url);
  if (url) head.url = url;
  return describe(head, lines.join('\n'));
}

/** The head embed with the first part of the text; the rest continues in untitled embeds. */
function describe(head: DiscordEmbed, text: string): DiscordEmbed[] {
  const [first, ...rest] = splitText(text, discordLimits.description);
  if (first) head.description = first;
  return [head, ...rest.map((description) => ({ color, description }))];
}

type Field = { name: string; value: string };

function toFields(label: string, lines: string[]): Field[] {
  const name = truncate(label, discordLimits.fieldName - 12);
  return splitText(lines.join('\n'), discordLimits.fieldValue).map((value, i) => ({
    name: i === 0 ? name : `${name} (continued)`,
    value,
  }));
}

function withFields(embeds: DiscordEmbed[], fields: Field[]): DiscordEmbed[] {
  let last = embeds[embeds.length - 1]!;
  for (const field of fields) {
    const count = last.fields?.length ?? 0;
    const size = embedSize(last) + field.name.length + field.value.length;
    if (count >= discordLimits.fields || size > discordLimits.charactersPerMessage) {
      last = { color };
      embeds.push(last);
    }
    last.fields = [...(last.fields ?? []), field];
  }
  return embeds;
}

function addFooter(embeds: DiscordEmbed[], footer: string): void {
  const text = truncate(neutralizeMentions(footer), discordLimits.footer);
  const last = embeds[embeds.length - 1];
  if (last && embedSize(last) + text.length <= discordLimits.charactersPerMessage) {
    last.footer = { text };
  } else {
    embeds.push({ color, footer: { text } });
  }
}

function packMessages(embeds: DiscordEmbed[]): DiscordMessage[] {
  const messages: DiscordMessage[] = [];
  let current: DiscordMessage | undefined;
  let size = 0;
  for (const embed of embeds) {
    const n = embedSize(embed);
    const full =
      !current ||
      current.embeds.length >= discordLimits.embedsPerMessage ||
      size + n > discordLimits.charactersPerMessage;
    if (full) {
      current = { embeds: [], ...structuredClone(noMentions) };
      messages.push(current);
      size = 0;
    }
    current!.embeds.push(embed);
    size += n;
  }
  return messages;
}

/** Characters Discord counts toward the 6000 per message. */
export function embedSize(embed: DiscordEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += embed.footer?.text.length ?? 0;
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > discordLimits.url) return undefined;
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Text that came from an article or feed: no formatting of its own, no mentions. */
export function articleText(text: string): string {
  return neutralizeMentions(escapeMarkdown(text.replace(/\s+/g, ' ').trim()));
}

/** Backslash-escapes Discord Markdown so a title like "**x**" or "```" shows as typed. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_~|[\]]/g, '\\$&')
    .replace(/^(\s*)([#>-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.');
}

/**
 * Puts a zero-width space inside anything Discord would render as a mention or ping
 * (`@everyone`, `@here`, `<@123>`, `<@&123>`, `<#123>`, `</cmd:1>`), and Slack-style `<!channel>`.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(?=everyone|here)/gi, '@\u200b').replace(/<(?=[@#!&/:]|a:|t:)/g, '<\u200b');
}

/** Splits text into parts of at most `max` characters at line, then word, then safe boundaries. */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 2) cut = safeCut(rest, max);
    const part = rest.slice(0, cut).trimEnd();
    if (part) parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Shortens text to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const window = text.slice(0, max - 1);
  let cut = window.lastIndexOf(' ');
  if (cut < max * 0.8) cut = safeCut(text, max - 1);
  return `${text.slice(0, cut).trimEnd()}…`;
}

/**
 * The largest cut at or before `at` that does not split a surrogate pair, a combining mark or
 * joiner from its base, or a Markdown escape from the character it escapes.
 */
function safeCut(text: string, at: number): number {
  let cut = at;
  while (cut > 1 && splitsCluster(text, cut)) cut--;
  return cut;
}

function splitsCluster(text: string, cut: number): boolean {
  const next = text.charCodeAt(cut);
  const prev = text.charCodeAt(cut - 1);
  if (next >= 0xdc00 && next <= 0xdfff) return true;
  if (prev === 0x200d || prev === 0x5c) return true;
  if (next === 0x200d || next === 0x200b || next === 0xfe0f) return true;
  return /^\p{M}/u.test(text[cut] ?? '');
}
