import { describe, expect, it } from 'vitest';
import {
  renderSlack,
  type SlackMessage,
  slackLimits,
} from '../../../src/adapters/slack/render-slack.js';
import {
  escapeSlack,
  slackLink,
  splitText,
  truncate,
} from '../../../src/adapters/slack/slack-text.js';
import type { Reply, ReplyItem } from '../../../src/core/reply.js';
import { noteKindLabels } from '../../../src/core/reply.js';
import type { NoteKind } from '../../../src/core/types.js';

const hostile = [
  '@everyone look',
  '<!channel> now',
  'ping <@U123> and <#C999>',
  '<!here|here> and <!subteam^S1>',
  '<https://evil.example|click> me',
  '**bold** _it_ ~gone~ > quoted',
  '```\nrm -rf /\n```',
  'AT&T <b>html</b> &lt;already&gt;',
];
const unicode = [
  'Emoji 👩‍👩‍👧‍👦 and flags 🇺🇦🇵🇸 and skin tones 👍🏽',
  'RTL: الحكومة قالت إن الخطة ستنجح — עברית גם כן',
  'Combining: e\u0301te\u0301 Z\u0351\u0358\u0300a\u0353\u035Cl\u0327g\u0301o\u0308',
];

function longLine(seed: string, length: number): string {
  let line = '';
  for (let i = 0; line.length < length; i++)
    line += `${seed} ${hostile[i % hostile.length]} ${unicode[i % unicode.length]} `;
  return line.slice(0, length);
}

const kinds = Object.keys(noteKindLabels) as NoteKind[];

function worstCase(): Reply {
  const items: ReplyItem[] = Array.from({ length: 40 }, (_, i) => ({
    title: longLine(`Story ${i} <!channel>`, 280),
    url: `https://news.example/story/${i}?a=1&b=<x>|y`,
    outlet: `Outlet ${i} @here`,
    digest: [longLine(`Digest ${i}a`, 420), longLine(`Digest ${i}b`, 380), hostile[i % 8]!],
    noteCounts: Object.fromEntries(kinds.map((k, j) => [k, i + j])),
  }));
  return {
    title: longLine('A title far longer than a header allows <!everyone>', 400),
    url: 'https://news.example/front?x=1&y=2',
    // As runs, body text is plain text (like a feed's title in a reply), not Lede's own markup.
    body: [longLine('Body', 7200), ...hostile, ...unicode].map((text) => [text]),
    digest: [longLine('Lead', 3500), ...hostile, ...unicode],
    notes: kinds.map((kind) => ({
      kind,
      label: noteKindLabels[kind],
      items: Array.from({ length: 12 }, (_, j) => longLine(`${kind} ${j}`, 300)),
    })),
    items,
    footer: longLine('Footer', 2500),
  };
}

const allowedUrls = (reply: Reply) =>
  new Set([reply.url, ...(reply.items ?? []).map((i) => i.url)].filter(Boolean) as string[]);

/** Every `<…>` is a link Lede made; no mention, broadcast or foreign link survives. */
function expectInert(text: string, urls: Set<string>) {
  for (const [token] of text.matchAll(/<[^>]*>?/g)) {
    const link = /^<(https?:\/\/[^|<>\s]+)\|[^<>]*>$/.exec(token);
    expect(link, token).not.toBeNull();
    const url = link![1]!.replace(/&amp;/g, '&').replace(/%3C/g, '<').replace(/%3E/g, '>');
    expect(urls.has(url.replace(/%7C/g, '|')), url).toBe(true);
  }
  expect(text).not.toMatch(/@(channel|here|everyone|group)\b/i);
  expect(text).not.toMatch(/&(?!(amp|lt|gt);)/);
  expect(text).not.toContain('```');
}

function expectWithinLimits(message: SlackMessage) {
  expect(message.blocks.length).toBeGreaterThan(0);
  expect(message.blocks.length).toBeLessThanOrEqual(slackLimits.blocksPerMessage);
  expect(JSON.stringify(message).length).toBeLessThanOrEqual(slackLimits.messageJson);
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(slackLimits.fallbackText);
  for (const block of message.blocks) {
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
    if (block.type === 'section') {
      expect(block.text.text.length).toBeLessThanOrEqual(slackLimits.sectionText);
      expect(block.text.text.trim()).not.toBe('');
    }
    if (block.type === 'context') {
      expect(block.elements.length).toBeLessThanOrEqual(10);
      for (const e of block.elements) {
        expect(e.text.length).toBeLessThanOrEqual(slackLimits.contextText);
      }
    }
  }
  const json = JSON.stringify(message);
  expect(json).not.toMatch(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
  );
}

function allText(message: SlackMessage): string {
  return [
    message.text,
    ...message.blocks.flatMap((b) =>
      b.type === 'context' ? b.elements.map((e) => e.text) : [b.text.text],
    ),
  ].join('\n');
}

describe('renderSlack', () => {
  it('renders the worst-case digest in several messages, each within every limit, pinging nobody', () => {
    const reply = worstCase();
    const messages = renderSlack(reply);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expectWithinLimits(message);
      expectInert(allText(message), allowedUrls(reply));
    }
  });

  it('loses no digest line, note or story when it splits', () => {
    const reply = worstCase();
    // Link words show a `|` as the look-alike `∣`, so it cannot end a link's address.
    const squeeze = (s: string) => s.replace(/\s+/g, '').replace(/\u2223/g, '|');
    const rendered = squeeze(
      renderSlack(reply)
        .flatMap((m) => m.blocks.filter((b) => b.type === 'section').map((b) => b.text.text))
        .join(''),
    );
    const expected = [
      ...(reply.body ?? []).map((runs) => String(runs[0])),
      ...(reply.digest ?? []),
      ...(reply.notes ?? []).flatMap((g) => g.items),
      ...(reply.items ?? []).flatMap((i) => [i.title, ...i.digest]),
    ];
    for (const text of expected) expect(rendered).toContain(squeeze(escapeSlack(text)));
  });

  it('numbers split messages in their fallback text', () => {
    const messages = renderSlack(worstCase());
    expect(messages[0]!.text).toMatch(new RegExp(`\\(1/${messages.length}\\)$`));
    expect(messages.at(-1)!.text).toMatch(
      new RegExp(`\\(${messages.length}/${messages.length}\\)$`),
    );
  });

  it('keeps a short reply in one message: header, link, digest, notes and footer', () => {
    const [message, ...rest] = renderSlack({
      title: 'Council passes budget',
      url: 'https://news.example/budget',
      digest: ['The council passed the budget.'],
      notes: [{ kind: 'loaded-language', label: 'Loaded language', items: ['"slashed" → cut'] }],
      footer: '120 words',
    });
    expect(rest).toEqual([]);
    expect(message!.text).toBe('Council passes budget');
    expect(message!.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Council passes budget', emoji: false } },
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: '<https://news.example/budget|news.example>', verbatim: true },
        ],
      },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '*Digest*\n• The council passed the budget.',
          verbatim: true,
        },
      },
      { type: 'section', text: { type: 'mrkdwn', text: '*Framing notes*', verbatim: true } },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '*Loaded language*\n• "slashed" → cut', verbatim: true },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '120 words', verbatim: true }] },
    ]);
  });

  it('still answers with one message for an empty reply', () => {
    const messages = renderSlack({});
    expect(messages).toHaveLength(1);
    expectWithinLimits(messages[0]!);
  });
});

describe('Slack text helpers', () => {
  it.each([
    ['AT&T <b>', 'AT&amp;T &lt;b&gt;'],
    ['<!channel> hi', '&lt;!channel&gt; hi'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['<https://evil|click>', '&lt;https://evil|click&gt;'],
    ['hey @everyone', 'hey @\u2060everyone'],
    ['```code```', '\u02cb\u02cb\u02cbcode\u02cb\u02cb\u02cb'],
    ['*bold* _it_ ~s~', '\u2217bold\u2217 \u02cdit\u02cd \u223cs\u223c'],
    ['> quote\n  > again', '\uff1e quote\n  \uff1e again'],
    ['bell\u0007', 'bell'],
  ])('escapes %j', (input, output) => {
    expect(escapeSlack(input)).toBe(output);
  });

  it('links only http(s) URLs and escapes the title and the URL', () => {
    expect(slackLink('https://a.example/?q=1&r=<2>|3', 'A <b> & c')).toBe(
      '<https://a.example/?q=1&amp;r=%3C2%3E%7C3|A &lt;b&gt; &amp; c>',
    );
    expect(slackLink('javascript:alert(1)', 'x <y>')).toBe('x &lt;y&gt;');
  });

  it('never cuts inside an entity or an emoji', () => {
    const text = escapeSlack(`${'a'.repeat(146)}&&& 👩‍👩‍👧‍👦`);
    for (let max = 140; max < 160; max++) {
      const cut = truncate(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/&(?!(amp|lt|gt);)/);
      expect(cut.replace(/…$/, '')).not.toMatch(/[\u200D\uD83D]$/);
    }
    for (const part of splitText(escapeSlack('e\u0301&'.repeat(2000)), 3000)) {
      expect(part.length).toBeLessThanOrEqual(3000);
      expect(part).not.toMatch(/&(?!(amp|lt|gt);)/);
      expect(part.startsWith('\u0301')).toBe(false);
    }
  });
});
