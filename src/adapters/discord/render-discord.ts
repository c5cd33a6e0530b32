import { MODEL_DIGEST_MARK } from '../../core/llm/marker.js';
import { noteCountsText, type Reply, type ReplyItem } from '../../core/reply.js';
import { formatParagraph } from '../../render/inline.js';
import { webLink } from '../../render/web-link.js';
import {
  articleText,
  discordFormat,
  discordLink,
  neutralizeMentions,
  splitText,
  truncate,
} from './discord-text.js';

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
 * split across embeds and messages, never rejected. Text from feeds and pages is escaped so it
 * carries no Markdown or links of its own (links are rebuilt from parsed URLs), and mentions
 * are defused twice (in the text and by `allowed_mentions`).
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
  const paragraphs = (reply.body ?? []).map((p) => formatParagraph(p, discordFormat));
  if (reply.digest?.length) {
    const heading = reply.digestByModel ? `**Digest** ${MODEL_DIGEST_MARK}` : '**Digest**';
    paragraphs.push([heading, ...reply.digest.map((l) => bullet + articleText(l))].join('\n'));
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
  const counts = noteCountsText(item.noteCounts);
  const meta = [
    item.outlet && articleText(item.outlet),
    counts && `notes: ${counts}`,
    item.digestByModel && MODEL_DIGEST_MARK,
  ]
    .filter(Boolean)
    .join(' · ');
  const coverage = (item.coverage ?? []).map((c) =>
    c.url ? discordLink(c.url, c.outlet) : articleText(c.outlet),
  );
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
  const href = url === undefined ? undefined : webLink(url);
  return href && href.length <= discordLimits.url ? href : undefined;
}
