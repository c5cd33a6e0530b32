import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { importOpml } from '../../src/services/import-feeds.js';

const opml = (urls: string[]) =>
  `<opml version="2.0"><body>${urls
    .map((url, i) => `<outline text="Feed ${i}" type="rss" xmlUrl="${url}"/>`)
    .join('')}</body></opml>`;

describe('importOpml', () => {
  it('adds feeds one at a time, and keeps going past a refused one', async () => {
    const tried: string[] = [];
    const report = await importOpml(
      opml(['https://a.example/rss', 'https://b.example/rss', 'https://c.example/rss']),
      {
        followed: new Set(['https://b.example/rss']),
        add: async (url) => {
          tried.push(url);
          if (url.includes('c.')) throw new UserError('That address answered 404.');
          return 'A News';
        },
      },
    );
    expect(tried).toEqual(['https://a.example/rss', 'https://c.example/rss']);
    expect(report).toEqual({
      added: [{ title: 'A News' }],
      known: [{ title: 'Feed 1' }],
      refused: [{ title: 'Feed 2', reason: 'That address answered 404.' }],
    });
  });

  it('tries at most 100 feeds of a file and says the rest were not read', async () => {
    const urls = Array.from({ length: 103 }, (_, i) => `https://f${i}.example/rss`);
    let added = 0;
    const report = await importOpml(opml(urls), {
      followed: new Set(),
      add: async () => `Feed ${added++}`,
    });
    expect(added).toBe(100);
    expect(report.refused).toHaveLength(3);
    expect(report.refused[0]!.reason).toBe('only the first 100 feeds are read.');
  });

  it('refuses a file with no feeds, and lets an unexpected failure through', async () => {
    const deps = { followed: new Set<string>(), add: async () => 'x' };
    await expect(importOpml('<html>not opml</html>', deps)).rejects.toThrow(
      'That file lists no feeds',
    );
    const broken = { followed: new Set<string>(), add: () => Promise.reject(new Error('disk')) };
    await expect(importOpml(opml(['https://a.example/rss']), broken)).rejects.toThrow('disk');
  });
});
