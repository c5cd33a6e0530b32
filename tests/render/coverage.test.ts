import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/adapters/discord/render-discord.js';
import { renderSlack } from '../../src/adapters/slack/render-slack.js';
import type { Reply } from '../../src/core/reply.js';
import { renderMarkdown } from '../../src/render/markdown.js';

const reply: Reply = {
  title: 'Digest',
  items: [
    {
      title: 'Kessel Bridge closed',
      url: 'https://ledger.example/bridge',
      outlet: 'Daily Ledger',
      digest: ['The city closed the Kessel Bridge on Monday.'],
      noteCounts: {},
      coverage: [
        { outlet: '@everyone Voice', url: 'javascript:alert(1)' },
        { outlet: '<!channel> Post', url: 'https://post.example/bridge' },
      ],
      framingNote: 'Metro Voice’s copy carries 5 loaded terms; Daily Ledger’s carries none.',
    },
  ],
};

describe('stories covered by several outlets', () => {
  it('lists the other outlets and the framing note in Markdown', () => {
    const text = renderMarkdown(reply);
    expect(text).toContain(
      'Also covered by @everyone Voice, [\\<!channel\\> Post](https://post.example/bridge)',
    );
    expect(text).toContain('_Metro Voice’s copy carries 5 loaded terms');
  });

  it('links only safe URLs on Discord and pings nobody', () => {
    const json = JSON.stringify(renderDiscord(reply));
    expect(json).toContain('Also covered by');
    expect(json).toContain('https://post.example/bridge');
    expect(json).not.toContain('javascript:');
    expect(json).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(json).toContain('carries 5 loaded terms');
  });

  it('escapes outlet names on Slack so they cannot mention anyone', () => {
    const json = JSON.stringify(renderSlack(reply));
    expect(json).toContain('Also covered by');
    expect(json).not.toContain('<!channel>');
    expect(json).toContain('&lt;!channel&gt; Post');
  });
});
