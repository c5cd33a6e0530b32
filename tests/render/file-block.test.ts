import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/adapters/discord/render-discord.js';
import { renderSlack } from '../../src/adapters/slack/render-slack.js';
import type { Reply } from '../../src/core/reply.js';
import { renderMarkdown } from '../../src/render/markdown.js';

const hostileFile = '<outline text="<!channel> ```end``` @everyone &amp;"/>\n'.repeat(200);
const reply: Reply = {
  title: 'Feeds export',
  body: ['1 feed'],
  file: { name: 'x.opml', text: hostileFile },
};

describe('a file in a reply', () => {
  it('is a fenced block in Markdown that no run of backticks inside can close', () => {
    const text = renderMarkdown(reply);
    expect(text).toContain('````\n<outline text="<!channel> ```end```');
    expect(text.trimEnd().endsWith('\n````')).toBe(true);
  });

  it('is code blocks on Slack, split within the section limit, with nothing live inside', () => {
    const sections = renderSlack(reply)
      .flatMap((m) => m.blocks)
      .filter((b) => b.type === 'section')
      .map((b) => (b as { text: { text: string } }).text.text)
      .filter((t) => t.startsWith('```'));
    expect(sections.length).toBeGreaterThan(1);
    for (const text of sections) {
      expect(text.length).toBeLessThanOrEqual(3000);
      expect(text.endsWith('```')).toBe(true);
      const inside = text.slice(3, -3);
      expect(inside).not.toMatch(/[<>`]|@everyone/);
      expect(inside).toContain('&lt;!channel&gt;');
    }
  });

  it('is left to the Discord adapter, which attaches it: the embeds do not carry it', () => {
    expect(JSON.stringify(renderDiscord(reply))).not.toContain('outline');
  });
});
