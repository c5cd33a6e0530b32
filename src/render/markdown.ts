import { MODEL_DIGEST_MARK } from '../core/llm/marker.js';
import { noteCountsText, type Reply, type ReplyItem } from '../core/reply.js';
import { formatParagraph } from './inline.js';
import { escapeMarkdownText as esc, markdownFormat, markdownLink } from './markdown-text.js';
import { webLink } from './web-link.js';

/**
 * Markdown for the console, the CLI and anything else that reads plain text. Text from feeds
 * and pages is escaped, and the only links are the ones rebuilt from parsed URLs.
 */
export function renderMarkdown(reply: Reply): string {
  const out: string[] = [];
  if (reply.title) out.push(`## ${esc(reply.title)}`);
  const url = reply.url && webLink(reply.url);
  if (url) out.push(`<${url}>`);
  for (const paragraph of reply.body ?? []) out.push(formatParagraph(paragraph, markdownFormat));
  if (reply.digest?.length) out.push(bulleted(digestHeading('**Digest**', reply), reply.digest));
  if (reply.notes?.length) {
    // The heading parts the notes from the digest; alone (`/news framing`), the title says it.
    if (reply.digest?.length) out.push('**Framing notes**');
    for (const group of reply.notes) out.push(bulleted(`*${esc(group.label)}*`, group.items));
  }
  for (const item of reply.items ?? []) out.push(itemText(item));
  if (reply.footer) out.push(`_${esc(reply.footer)}_`);
  if (reply.file) out.push(fenced(reply.file.text));
  return `${out.join('\n\n')}\n`;
}

/** A fenced block longer than any run of backticks inside, so the text cannot close it. */
function fenced(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text.trimEnd()}\n${fence}`;
}

function itemText(item: ReplyItem): string {
  const heading = `### ${item.url ? markdownLink(item.url, item.title) : esc(item.title)}`;
  const counts = noteCountsText(item.noteCounts);
  const meta = [item.outlet, counts && `notes: ${counts}`, item.digestByModel && MODEL_DIGEST_MARK]
    .filter(Boolean)
    .join(' · ');
  const coverage = (item.coverage ?? []).map((c) =>
    c.url ? markdownLink(c.url, c.outlet) : esc(c.outlet),
  );
  return [
    heading,
    ...(meta ? [`*${esc(meta)}*`] : []),
    ...item.digest.map((l) => `- ${esc(l)}`),
    ...(coverage.length ? [`Also covered by ${coverage.join(', ')}`] : []),
    ...(item.framingNote ? [`_${esc(item.framingNote)}_`] : []),
  ].join('\n');
}

function digestHeading(heading: string, reply: Reply): string {
  return reply.digestByModel ? `${heading} ${esc(MODEL_DIGEST_MARK)}` : heading;
}

function bulleted(heading: string, lines: string[]): string {
  return [heading, ...lines.map((line) => `- ${esc(line)}`)].join('\n');
}
