import { describe, expect, it } from 'vitest';
import { parseOpml } from '../../../src/core/feed/opml.js';
import { exportOpml } from '../../../src/core/feed/opml-export.js';

describe('exportOpml', () => {
  it('writes feeds that parseOpml reads back, with escaped titles and URLs', () => {
    const feeds = [
      { url: 'https://a.example/rss?x=1&y=2', title: 'A & <B> "News"' },
      { url: 'https://b.example/atom.xml', title: 'B Herald' },
    ];
    const xml = exportOpml('Lede feeds', feeds);
    expect(xml).toContain('xmlUrl="https://a.example/rss?x=1&amp;y=2"');
    expect(parseOpml(xml)).toEqual({
      title: 'Lede feeds',
      feeds: [
        { url: 'https://a.example/rss?x=1&y=2', title: 'A & <B> "News"' },
        { url: 'https://b.example/atom.xml', title: 'B Herald' },
      ],
    });
  });

  it('turns backticks in titles into apostrophes so a code block cannot be closed early', () => {
    const xml = exportOpml('Feeds', [{ url: 'https://a.example/rss', title: '```end``` `x`' }]);
    expect(xml).not.toContain('`');
  });
});
