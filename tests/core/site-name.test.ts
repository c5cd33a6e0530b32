import { describe, expect, it } from 'vitest';
import { siteName } from '../../src/core/site-name.js';

describe('siteName, the one host-name helper', () => {
  it.each([
    ['https://www.news.example/a?b=1', 'news.example'],
    ['http://127.0.0.1:8080/feed.xml', '127.0.0.1'],
    ['https://WWW.Example.ORG', 'example.org'],
  ])('names %s as %s', (url, name) => {
    expect(siteName(url)).toBe(name);
  });

  it.each(['file:///home/me/feed.xml', '/home/me/feed.xml', 'not a url'])(
    'gives null for %s, which names no site',
    (url) => {
      expect(siteName(url)).toBeNull();
    },
  );
});
