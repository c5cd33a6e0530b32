import { type InlineFormat, oneLine } from '../../render/inline.js';
import {
  type CutRules,
  truncate as shorten,
  splitText as split,
} from '../../render/text-limits.js';
import { linkLabel, webLink } from '../../render/web-link.js';

/**
 * The longest link address Lede writes: with its words and the `<|>` around it, a link stays
 * well under the 3,000 characters of one section or context element, so it is never cut.
 */
const maxLinkUrl = 2500;
/** Link words longer than this are shortened (the link text, never the address). */
const maxLinkLabel = 450;

/**
 * Makes characters Slack reads as control inert: `&`, `<` and `>` are Slack's control
 * characters (https://api.slack.com/reference/surfaces/formatting#escaping), so escaping them
 * stops `<!channel>`, `<@U123>` and `<https://x|click>`; a word joiner keeps `@channel`-style
 * words from ever being linked. Enough for plain_text (headers), where nothing else is markup.
 */
export function escapeSlackControl(text: string): string {
  return text
    .replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone|group)\b/gi, '@\u2060$1');
}

/**
 * Slack mrkdwn has no escape character for `*bold*`, `_italic_`, `~strike~`, `` `code` `` or a
 * `>` quote at a line's start, so in text from feeds and pages those characters are swapped
 * for look-alikes that Slack does not read as markup (the approach jsx-slack's <Escape> takes).
 */
const lookAlikes: Record<string, string> = {
  '*': '\u2217',
  _: '\u02cd',
  '~': '\u223c',
  '`': '\u02cb',
};

/** Text from a feed, a page or a person, shown in mrkdwn exactly as words: no markup, no links. */
export function escapeSlack(text: string): string {
  return escapeLineStarts(escapeInline(text));
}

function escapeInline(text: string): string {
  return escapeSlackControl(text).replace(/[*_~`]/g, (c) => lookAlikes[c]!);
}

function escapeLineStarts(text: string): string {
  return text.replace(/^(\s*)&gt;/gm, '$1\uff1e');
}

/**
 * A link Lede adds itself: `<url|words>` for an http(s) URL rebuilt from its parse, with the
 * words escaped (a `|` in them cannot start a second link text). An address too long to fit in
 * one block, or one that is not http(s), is shown as the words alone.
 */
export function slackLink(url: string, label?: string): string {
  const href = webLink(url);
  const words = (raw: string) =>
    truncate(escapeInline(oneLine(raw)).replace(/\|/g, '\u2223'), maxLinkLabel);
  if (!href) return words(label || url);
  const target = href.replace(/&/g, '&amp;');
  const text = words(label || linkLabel(href));
  return target.length <= maxLinkUrl ? `<${target}|${text}>` : text;
}

/** Runs of a Lede paragraph in mrkdwn; only links Lede rebuilt are live. */
export const slackFormat: InlineFormat = {
  lineStarts: escapeLineStarts,
  text: escapeInline,
  strong: (text) => (text ? `*${escapeInline(text)}*` : ''),
  code: (text) => `\`${escapeSlackControl(text).replace(/`/g, lookAlikes['`']!)}\``,
  link: slackLink,
};

/** Splits escaped text at most `max` long, never inside a `<…>` link (with its `*` or `_`). */
export function splitText(text: string, max: number): string[] {
  return split(text, max, slackCuts);
}

/** Cuts escaped text to at most `max` characters, ending with an ellipsis when it had to cut. */
export function truncate(text: string, max: number): string {
  return shorten(text, max, slackCuts);
}

/** Every `<` in escaped text opens a link Lede built, so `<…>` finds them all. */
function linkSpans(text: string): [number, number][] {
  return [...text.matchAll(/[*_]?<[^>]*>[*_]?/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** Never inside an `&amp;`, `&lt;` or `&gt;` that escaping wrote. */
function backOffEntity(text: string, cut: number): number {
  const amp = text.lastIndexOf('&', cut - 1);
  return amp >= 0 && cut - amp < 6 && !text.slice(amp, cut).includes(';') ? amp : cut;
}

const slackCuts: CutRules = { backOff: backOffEntity, keepWhole: linkSpans };
