import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  neutralizeMentions,
  splitText,
  truncate,
} from '../../../src/adapters/discord/discord-text.js';
import {
  type DiscordMessage,
  embedSize,
  discordLimits as limits,
  renderDiscord,
} from '../../../src/adapters/discord/render-discord.js';
import type { Reply } from '../../../src/core/reply.js';
import { noteKindLabels } from '../../../src/core/reply.js';
import type { NoteKind } from '../../../src/core/types.js';

const hostile =
  '@everyone @here <!channel> <@123> <@!456> <@&789> <#321> </news help:1> **bold** __u__ ~~s~~ ||spoiler|| [link](https://evil.test) ```js\nalert(1)\n``` `code`';
const unicode = 'Café 👩‍👩‍👧 résumé ‏مرحبا بالعالم‎ שלום Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ 🇺🇦';

function worstCase(): Reply {
  const kinds = Object.keys(noteKindLabels) as NoteKind[];
  return {
    title: `${hostile} ${unicode} `.repeat(6),
    url: 'https://example.com/a?b=1',
    // Body paragraphs are Lede's own Markdown (help, errors): mentions are defused, formatting kept.
    body: ['Lede says `/news help` to @everyone and <@123> <#321>'],
    digest: Array.from({ length: 8 }, (_, i) => `${i + 1}. ${hostile} ${unicode}`.repeat(5)),
    notes: kinds.map((kind) => ({
      kind,
      label: noteKindLabels[kind],
      items: Array.from({ length: 30 }, (_, i) => `"${hostile}" → ${unicode} ${i}`),
    })),
    items: Array.from({ length: 40 }, (_, i) => ({
      title: `${i + 1} ${hostile} ${unicode} `.repeat(5),
      url: i % 2 ? `https://example.com/${i}` : 'javascript:alert(1)',
      outlet: `Outlet @everyone ${unicode}`,
      digest: Array.from({ length: 4 }, () => `${hostile} ${unicode} `.repeat(4)),
      noteCounts: Object.fromEntries(kinds.map((k, j) => [k, j + i])),
    })),
    footer: `${hostile} ${unicode} `.repeat(40),
  };
}

/** Text Discord shows; footers render no Markdown, so they stay unescaped (only defused). */
function texts(message: DiscordMessage, footers = true): string[] {
  const out = [message.content ?? ''];
  for (const e of message.embeds) {
    out.push(e.title ?? '', e.description ?? '', footers ? (e.footer?.text ?? '') : '');
    for (const f of e.fields ?? []) out.push(f.name, f.value);
  }
  return out;
}

function expectWithinLimits(messages: DiscordMessage[]) {
  for (const m of messages) {
    expect(m.allowed_mentions).toEqual({ parse: [] });
    expect((m.content ?? '').length).toBeLessThanOrEqual(limits.content);
    expect(m.embeds.length).toBeLessThanOrEqual(limits.embedsPerMessage);
    expect(m.embeds.reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(
      limits.charactersPerMessage,
    );
    expect(m.content || m.embeds.length).toBeTruthy();
    for (const e of m.embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(limits.title);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(limits.description);
      expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(limits.footer);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(limits.fields);
      expect(e.title ?? e.description ?? e.footer ?? e.fields).toBeTruthy();
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeGreaterThan(0);
        expect(f.name.length).toBeLessThanOrEqual(limits.fieldName);
        expect(f.value.length).toBeGreaterThan(0);
        expect(f.value.length).toBeLessThanOrEqual(limits.fieldValue);
      }
      if (e.url) expect(e.url).toMatch(/^https?:\/\//);
    }
  }
}

const pings = [/@(everyone|here)/i, /<@[!&]?\d+>/, /<#\d+>/, /<\/[\w -]+:\d+>/, /<!\w+>/];

describe('renderDiscord', () => {
  it('renders a worst-case 40-item digest within every Discord limit, pinging nobody', () => {
    const messages = renderDiscord(worstCase());
    expect(messages.length).toBeGreaterThan(4);
    expectWithinLimits(messages);
    for (const text of messages.flatMap((m) => texts(m))) {
      for (const ping of pings) expect(text).not.toMatch(ping);
      expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
    for (const text of messages.flatMap((m) => texts(m, false))) {
      expect(text).not.toMatch(/(^|[^\\])```/);
      expect(text).not.toMatch(/(^|[^\\])\*\*bold/);
      expect(text).not.toMatch(/(^|[^\\])\[link/);
    }
    const titles = messages.flatMap((m) => m.embeds.map((e) => e.title ?? ''));
    expect(titles.filter((t) => /^\d+ /.test(t))).toHaveLength(40);
  });

  it('keeps every note item and digest line, splitting instead of dropping', () => {
    const reply = worstCase();
    const all = renderDiscord(reply)
      .flatMap((m) => texts(m))
      .join('\n');
    for (const group of reply.notes!) expect(all).toContain(group.label);
    expect(all.match(/ → /g)?.length).toBe(6 * 30);
  });

  it('marks private replies ephemeral on every message', () => {
    const messages = renderDiscord({ ...worstCase(), private: true });
    expect(messages.every((m) => m.flags === 64)).toBe(true);
    expect(renderDiscord({ body: ['hi'] })[0]!.flags).toBeUndefined();
  });

  it('renders a plain reply as one embed with title, link, digest, note fields and footer', () => {
    const [message, ...rest] = renderDiscord({
      title: 'Bridge repair approved',
      url: 'https://example.com/bridge',
      digest: ['The council voted 7 to 2.'],
      notes: [{ kind: 'sourcing', label: 'Who is heard', items: ['Officials 3, residents 0'] }],
      footer: '120 words',
    });
    expect(rest).toEqual([]);
    expect(message!.embeds).toEqual([
      {
        color: expect.any(Number),
        title: 'Bridge repair approved',
        url: 'https://example.com/bridge',
        description: '**Digest**\n• The council voted 7 to 2.',
        fields: [{ name: 'Who is heard', value: '• Officials 3, residents 0' }],
        footer: { text: '120 words' },
      },
    ]);
  });

  it('never sends an empty message', () => {
    expect(renderDiscord({})).toEqual([
      { content: 'Done.', embeds: [], allowed_mentions: { parse: [] } },
    ]);
  });
});

describe('Discord text helpers', () => {
  it('defuses mentions with a zero-width space', () => {
    expect(neutralizeMentions('@everyone <@123> <#9> mail@example.com')).toBe(
      '@\u200beveryone <\u200b@123> <\u200b#9> mail@example.com',
    );
  });

  it('escapes Markdown so article text shows as typed', () => {
    expect(escapeMarkdown('**a** _b_ `c` [d](e) # h')).toBe(
      '\\*\\*a\\*\\* \\_b\\_ \\`c\\` \\[d\\](e) # h',
    );
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
  });

  it('splits and truncates without breaking emoji or combining marks', () => {
    const family = '👩‍👩‍👧';
    const parts = splitText(family.repeat(200), 100);
    expect(parts.join('')).toBe(family.repeat(200));
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(100);
    const cut = truncate(`e\u0301`.repeat(50), 11);
    expect(cut.length).toBeLessThanOrEqual(11);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.at(-2)).toBe('\u0301');
  });
});
