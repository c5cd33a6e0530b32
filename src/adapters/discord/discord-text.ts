import type { InlineFormat } from '../../render/inline.js';
import {
  type CutRules,
  truncate as shorten,
  splitText as split,
} from '../../render/text-limits.js';
import { linkLabel, webLink } from '../../render/web-link.js';

/** Discord's longest embed URL; a longer link is shown as its words instead. */
const maxLinkUrl = 2048;
/** Link words longer than this are shortened, so a link always fits in one field or embed. */
const maxLinkLabel = 200;

/** Text that came from an article or feed, on one line: no formatting of its own, no mentions. */
export function articleText(text: string): string {
  return neutralizeMentions(escapeMarkdown(text.replace(/\s+/g, ' ').trim()));
}

/**
 * Backslash-escapes Discord Markdown so text shows as typed: emphasis, code, spoilers (`||`),
 * masked links (`[`…`](`…`)`), and headings, subtext (`-#`), quotes and lists at a line's start.
 * A bare URL stays a plain auto-link: it shows the very address it opens.
 */
export function escapeMarkdown(text: string): string {
  return escapeLineStarts(escapeInline(text));
}

function escapeInline(text: string): string {
  return text.replace(/[\\`*_~|[\]]/g, '\\$&');
}

function escapeLineStarts(text: string): string {
  return text.replace(/^(\s*)([#>+-])/gm, '$1\\$2').replace(/^(\s*\d+)\./gm, '$1\\.');
}

/** Article text inside a line (bold, link words): escaped, on one line, with no mentions. */
function inlineText(text: string): string {
  return neutralizeMentions(escapeInline(text.replace(/\s+/g, ' ').trim()));
}

/**
 * Puts a zero-width space inside anything Discord would render as a mention or ping
 * (`@everyone`, `@here`, `<@123>`, `<@&123>`, `<#123>`, `</cmd:1>`), and Slack-style `<!channel>`.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(?=everyone|here)/gi, '@\u200b').replace(/<(?=[@#!&/:]|a:|t:)/g, '<\u200b');
}

/** Runs of a Lede paragraph in Discord Markdown; only links Lede rebuilt are live. */
export const discordFormat: InlineFormat = {
  lineStarts: escapeLineStarts,
  text: (text) => neutralizeMentions(escapeInline(text)),
  strong: (text) => (text ? `**${inlineText(text)}**` : ''),
  code: (text) => (/[`\n]/.test(text) ? inlineText(text) : `\`${neutralizeMentions(text)}\``),
  link: discordLink,
};

/** `[words](url)` for an http(s) URL short enough to link; the words as text otherwise. */
export function discordLink(url: string, label?: string): string {
  const href = webLink(url);
  if (!href || href.length > maxLinkUrl) return inlineText(label || url);
  const words = truncate(inlineText(label || linkLabel(href)), maxLinkLabel);
  return `[${words}](${href})`;
}

/** Splits text into parts of at most `max` characters, never inside a link Lede built. */
export function splitText(text: string, max: number): string[] {
  return split(text, max, discordCuts);
}

/** Shortens text to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return shorten(text, max, discordCuts);
}

/**
 * Where the links Lede built sit in escaped text: a `](http` can only come from one (text has
 * its `]` escaped), and it belongs to the nearest unescaped `[` before it.
 */
function linkSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(/\]\(https?:\/\/[^\s)]*\)/g)) {
    let open = text.lastIndexOf('[', match.index);
    while (open > 0 && isEscaped(text, open)) open = text.lastIndexOf('[', open - 1);
    if (open >= 0 && !isEscaped(text, open)) spans.push([open, match.index + match[0].length]);
  }
  return spans;
}

function isEscaped(text: string, at: number): boolean {
  let slashes = 0;
  while (at - slashes > 0 && text[at - slashes - 1] === '\\') slashes++;
  return slashes % 2 === 1;
}

/**
 * Never between a Markdown escape and the character it escapes, nor before the zero-width space
 * that defuses a mention (the `@` or `<` would end one part and the defusing begin the next).
 */
function backOffEscapes(text: string, cut: number): number {
  let at = cut;
  while (at > 1 && (text[at - 1] === '\\' || text[at] === '\u200b')) at--;
  return at;
}

const discordCuts: CutRules = { backOff: backOffEscapes, keepWhole: linkSpans };
