import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/adapters/discord/render-discord.js';
import { renderSlack } from '../../src/adapters/slack/render-slack.js';
import type { Reply } from '../../src/core/reply.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Sequences of several code points that show as one character. */
const clusters = {
  flags: '🇺🇦🇵🇸🇯🇵',
  'skin tones': '👍🏽👋🏿',
  'a ZWJ family': '👨‍👩‍👧‍👦',
  'a tag flag': '🏴󠁧󠁢󠁥󠁮󠁧󠁿',
  keycaps: '1️⃣#️⃣',
  'combining marks': 'e\u0301\u0302o\u0308',
};

/** No spaces or line breaks: the renderer has to cut inside the run, not at a word. */
function run(sequence: string, lead: string, length: number): string {
  let text = lead;
  while (text.length < length) text += sequence;
  return text;
}

function boundaries(text: string): Set<number> {
  return new Set([...graphemes.segment(text)].map((s) => s.index).concat(text.length));
}

/** The parts put back together are the text, and every cut falls between two graphemes. */
function expectCutsBetweenGraphemes(parts: string[], text: string) {
  expect(parts.join('')).toBe(text);
  const allowed = boundaries(text);
  let at = 0;
  for (const part of parts) {
    at += part.length;
    expect(allowed.has(at), `cut at ${at}`).toBe(true);
  }
}

/** A shortened text, without its ellipsis, is a prefix that ends between two graphemes. */
function expectWholePrefix(shortened: string, text: string) {
  expect(shortened.endsWith('…')).toBe(true);
  const prefix = shortened.slice(0, -1);
  expect(text.startsWith(prefix)).toBe(true);
  expect(boundaries(text).has(prefix.length), `cut at ${prefix.length}`).toBe(true);
}

const slackSections = (reply: Reply) =>
  renderSlack(reply).flatMap((m) =>
    m.blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : [])),
  );

const discordDescriptions = (reply: Reply) =>
  renderDiscord(reply).flatMap((m) => m.embeds.flatMap((e) => e.description ?? []));

const cases = Object.entries(clusters).flatMap(([name, sequence]) =>
  ['', 'a', 'ab', 'abc'].map((lead) => [name, lead.length, run(sequence, lead, 5000)] as const),
);

describe('renderers cut text only between graphemes', () => {
  it.each(cases)('Slack splits a run of %s (lead %i) into whole sections', (_, __, text) => {
    expectCutsBetweenGraphemes(slackSections({ body: [[text]] }), text);
  });

  it.each(cases)('Slack shortens a header of %s (lead %i) to whole graphemes', (_, __, text) => {
    const [header] = renderSlack({ title: text })[0]!.blocks;
    expect(header?.type).toBe('header');
    if (header?.type === 'header') expectWholePrefix(header.text.text, text);
  });

  it.each(cases)('Discord splits a run of %s (lead %i) into whole embeds', (_, __, text) => {
    expectCutsBetweenGraphemes(discordDescriptions({ body: [[text]] }), text);
  });

  it.each(cases)('Discord shortens a title of %s (lead %i) to whole graphemes', (_, __, text) => {
    const [head] = renderDiscord({ title: text })[0]!.embeds;
    expectWholePrefix(head!.title!, text);
  });
});
