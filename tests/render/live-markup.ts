import type { DiscordMessage } from '../../src/adapters/discord/render-discord.js';
import type { SlackMessage } from '../../src/adapters/slack/render-slack.js';

/**
 * What a platform would act on in rendered text: the links it would make (their addresses) and
 * every other piece of live markup, as one mark per construct. Escaped characters are skipped,
 * so a hostile string that only shows as text adds no marks.
 */
export interface Live {
  links: string[];
  marks: string[];
}

const punctuation = /[!-/:-@[-`{-~]/;

/** Discord and CommonMark: backslash escapes, `code`, [words](url), emphasis, line starts. */
export function backslashMarkupLive(text: string, extra = ''): Live {
  const live: Live = { links: [], marks: [] };
  const marks = new Set(`*_~|[]\`${extra}`);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && punctuation.test(text[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (atLineStart(text, i) && /^[ \t]*([#>+=-]|\d+[.)])/.test(text.slice(i))) {
      live.marks.push('line-start');
    }
    const link = /^\[((?:\\.|[^\\\]])*)\]\((https?:\/\/[^\s)]+)\)/.exec(text.slice(i));
    if (c === '[' && link) {
      live.links.push(link[2]!);
      i += link[0].length - 1;
      continue;
    }
    const auto = /^<(https?:\/\/[^\s<>]+)>/.exec(text.slice(i));
    if (c === '<' && auto && extra.includes('<')) {
      live.links.push(auto[1]!);
      i += auto[0].length - 1;
      continue;
    }
    const code = c === '`' ? text.indexOf('`', i + 1) : -1;
    if (code > i) {
      live.marks.push('code');
      i = code;
      continue;
    }
    if (marks.has(c)) live.marks.push(c);
  }
  return live;
}

function atLineStart(text: string, i: number): boolean {
  return i === 0 || text[i - 1] === '\n';
}

/** Slack mrkdwn: `<…>` links (each must be Lede's `<url|words>`), `*_~\``, and `>` quotes. */
export function slackLive(text: string): Live {
  const live: Live = { links: [], marks: [] };
  for (const [token] of text.matchAll(/<[^>]*>?/g)) {
    const link = /^<(https?:\/\/[^|<>\s]+)\|[^<>|]*>$/.exec(token);
    live.links.push(link ? link[1]!.replace(/&amp;/g, '&') : `not a link: ${token}`);
  }
  for (const c of text.replace(/<[^>]*>/g, '')) if ('*_~`'.includes(c)) live.marks.push(c);
  if (/^\s*(&gt;|>)/m.test(text)) live.marks.push('quote');
  if (/&(?!(amp|lt|gt);)/.test(text)) live.marks.push('bare &');
  return live;
}

/** Each piece of text Discord shows with Markdown (footers show none, so they are left out). */
export function discordTexts(messages: DiscordMessage[]): string[] {
  return messages.flatMap((m) => [
    m.content ?? '',
    ...m.embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ]);
}

export function discordFooters(messages: DiscordMessage[]): string[] {
  return messages.flatMap((m) => m.embeds.map((e) => e.footer?.text ?? ''));
}

/** Each mrkdwn text in the messages: fallback, sections and context elements. */
export function slackTexts(messages: SlackMessage[]): string[] {
  return messages.flatMap((m) => [
    m.text,
    ...m.blocks.flatMap((b) => {
      if (b.type === 'context') return b.elements.map((e) => e.text);
      return b.type === 'section' ? [b.text.text] : [];
    }),
  ]);
}

/** What a reader sees: escapes, entities, look-alikes and zero-width characters undone. */
export function visibleDiscord(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\u200b/g, '');
}

export function visibleSlack(text: string): string {
  const back: Record<string, string> = {
    '\u2217': '*',
    '\u02cd': '_',
    '\u223c': '~',
    '\u02cb': '`',
    '\u2223': '|',
    '\uff1e': '>',
  };
  return text
    .replace(/[\u2217\u02cd\u223c\u02cb\u2223\uff1e]/g, (c) => back[c]!)
    .replace(/[\u2060\u200b]/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
