import { type InlineFormat, oneLine } from './inline.js';
import { linkLabel, webLink } from './web-link.js';

/**
 * Backslash-escapes CommonMark so text from feeds and pages shows as typed: emphasis, code,
 * links and images, raw HTML and entities, tables and strikethrough (GFM), and headings, quotes
 * and lists at a line's start. A bare URL may still auto-link, showing the address it opens.
 */
export function escapeMarkdownText(text: string): string {
  return escapeLineStarts(escapeInline(text));
}

function escapeInline(text: string): string {
  return text.replace(/[\\`*_~|[\]<>&]/g, '\\$&');
}

function escapeLineStarts(text: string): string {
  return text.replace(/^(\s*)([#>+=-])/gm, '$1\\$2').replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** `[words](url)` for an http(s) URL rebuilt from its parse; the words as text otherwise. */
export function markdownLink(url: string, label?: string): string {
  const href = webLink(url);
  if (!href) return escapeInline(oneLine(label || url));
  return `[${escapeInline(oneLine(label || linkLabel(href)))}](${href})`;
}

/** Runs of a Lede paragraph in Markdown; only links Lede rebuilt are live. */
export const markdownFormat: InlineFormat = {
  lineStarts: escapeLineStarts,
  text: escapeInline,
  strong: (text) => (text ? `**${escapeInline(text)}**` : ''),
  code: (text) => (text.includes('`') ? escapeInline(text) : `\`${text}\``),
  link: markdownLink,
};
