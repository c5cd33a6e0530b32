import { describe, expect, it } from 'vitest';
import {
  discordLimits,
  embedSize,
  renderDiscord,
} from '../../src/adapters/discord/render-discord.js';
import {
  renderSlack,
  type SlackMessage,
  slackLimits,
} from '../../src/adapters/slack/render-slack.js';
import { presentAnalysis } from '../../src/core/present-analysis.js';
import type { Reply, ReplyItem } from '../../src/core/reply.js';

const longQuery = `https://news.example/article?ref=${'q'.repeat(3500)}`;

function words(seed: string, length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${seed}${i} <&> | `;
  return text.slice(0, length);
}

function summaryOf(source: string): Reply {
  return presentAnalysis({
    title: 'Harbor bridge reopens',
    source,
    genre: { label: 'news', score: 0.9, evidence: [] },
    digest: [{ text: 'The bridge reopened on Monday.', spans: [] }],
    notes: [],
    sources: [],
    stats: { words: 120, sentences: 6 },
  } as unknown as Parameters<typeof presentAnalysis>[0]);
}

function bigDigest(): Reply {
  const items: ReplyItem[] = Array.from({ length: 40 }, (_, i) => ({
    title: words(`Headline ${i} `, 2000),
    url: `https://news.example/${i}?a=1&b=${'p'.repeat(2000)}`.slice(0, 2000),
    outlet: `Outlet ${i}`,
    digest: [words(`Line ${i} `, 900)],
    noteCounts: { 'loaded-language': i },
    coverage: [
      { outlet: words('Other ', 300), url: `https://other.example/${'x'.repeat(1990)}` },
      { outlet: 'Third', url: `https://third.example/${'y'.repeat(2600)}` },
    ],
  }));
  return { title: words('Digest ', 400), items, footer: words('Footer ', 5000) };
}

/** Each mrkdwn or plain text object in a message, with the limit Slack sets for it. */
function textsWithLimits(message: SlackMessage): [string, number][] {
  return message.blocks.flatMap((block): [string, number][] => {
    if (block.type === 'header') return [[block.text.text, slackLimits.headerText]];
    if (block.type === 'section') return [[block.text.text, slackLimits.sectionText]];
    expect(block.elements.length).toBeLessThanOrEqual(slackLimits.contextElements);
    return block.elements.map((e) => [e.text, slackLimits.contextText]);
  });
}

function expectSlackWithinLimits(messages: SlackMessage[]) {
  for (const message of messages) {
    expect(message.blocks.length).toBeLessThanOrEqual(slackLimits.blocksPerMessage);
    expect(message.text.length).toBeLessThanOrEqual(slackLimits.fallbackText);
    expect(JSON.stringify(message).length).toBeLessThanOrEqual(slackLimits.messageJson);
    for (const [text, limit] of textsWithLimits(message)) {
      expect(text.length).toBeLessThanOrEqual(limit);
      // Every `<` opened in a block is closed in the same block, as one whole link.
      const outsideLinks = text.replace(/<https?:\/\/[^<>|\s]+\|[^<>]*>/g, '');
      expect(outsideLinks, text.slice(0, 80)).not.toMatch(/[<>]/);
    }
  }
}

describe('Slack limits with long links', () => {
  it('keeps a summary of a URL with a 3,500-character query within the context limit', () => {
    const messages = renderSlack(summaryOf(longQuery));
    expectSlackWithinLimits(messages);
    const contexts = messages.flatMap((m) => m.blocks.filter((b) => b.type === 'context'));
    expect(contexts.length).toBeGreaterThan(0);
  });

  it('links a summary source that fits, with a short label pointing at the full URL', () => {
    const url = `https://news.example/article?ref=${'q'.repeat(2000)}`;
    const [message] = renderSlack(summaryOf(url));
    const [link] = message!.blocks.filter((b) => b.type === 'context');
    expect(link).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `<${url}|news.example>`, verbatim: true }],
    });
  });

  it('never splits a link across blocks in a 40-story digest of 2,000-character URLs and titles', () => {
    const messages = renderSlack(bigDigest());
    expect(messages.length).toBeGreaterThan(1);
    expectSlackWithinLimits(messages);
    const sections = messages.flatMap((m) => m.blocks).filter((b) => b.type === 'section');
    const links = sections.flatMap(
      (b) => b.text.text.match(/<https:\/\/news\.example\/\d+/g) ?? [],
    );
    expect(links).toHaveLength(40);
    const all = sections.map((b) => b.text.text).join('\n');
    expect(all.match(/<https:\/\/other\.example\//g)).toHaveLength(40);
    // The 2,600-character address is longer than Lede links: its outlet shows as text.
    expect(all).not.toContain('<https://third.example/');
    expect(all.match(/Third/g)).toHaveLength(40);
  });
});

describe('Discord limits with long links and escaped text', () => {
  it('keeps the same digest within every Discord limit, each link whole in one embed', () => {
    for (const message of renderDiscord(bigDigest())) {
      expect(message.embeds.length).toBeLessThanOrEqual(discordLimits.embedsPerMessage);
      const size = message.embeds.reduce((n, e) => n + embedSize(e), 0);
      expect(size).toBeLessThanOrEqual(discordLimits.charactersPerMessage);
      for (const embed of message.embeds) {
        expect(embed.title?.length ?? 0).toBeLessThanOrEqual(discordLimits.title);
        expect(embed.description?.length ?? 0).toBeLessThanOrEqual(discordLimits.description);
        expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(discordLimits.footer);
        const text = embed.description ?? '';
        const opened = text.match(/\]\(https:\/\//g)?.length ?? 0;
        const whole = text.match(/\]\(https:\/\/[^\s)]+\)/g)?.length ?? 0;
        expect(whole).toBe(opened);
      }
    }
  });
});
