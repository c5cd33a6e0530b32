import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleLoader } from '../../src/adapters/article-loader.js';
import { createSafeFetcher, type SafeFetcher } from '../../src/adapters/http/safe-fetcher.js';
import { UserError } from '../../src/errors.js';
import { type LocalServer, startLocalServer } from '../helpers/local-server.js';
import { repoRoot } from '../helpers/run-lede.js';

const page = readFileSync(join(repoRoot, 'tests/fixtures/articles/library-hours.html'), 'utf8');

describe('article loader', () => {
  let server: LocalServer;
  let trusting: SafeFetcher;
  let strict: SafeFetcher;

  beforeAll(async () => {
    server = await startLocalServer();
    server.route('/story', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    });
    server.route('/photo', (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(64));
    });
    trusting = createSafeFetcher({ allowPrivateHosts: ['127.0.0.1'], totalTimeoutMs: 3000 });
    strict = createSafeFetcher({ totalTimeoutMs: 3000 });
  });

  afterAll(async () => {
    await Promise.all([trusting.close(), strict.close(), server.close()]);
  });

  it('fetches and extracts a web page through the safe fetcher', async () => {
    const load = createArticleLoader(trusting, { allowFiles: false });
    const article = await load(`${server.origin}/story`);
    expect(article.title).toContain('Library extends weekend hours');
    expect(article.text).toContain('survey of 1,300 residents');
    expect(article.source).toBe(`${server.origin}/story`);
  });

  it('accepts a link wrapped in angle brackets, as chat clients send them', async () => {
    const load = createArticleLoader(trusting, { allowFiles: false });
    expect((await load(`<${server.origin}/story>`)).text).toContain('8 p.m.');
  });

  it('refuses a private address unless the operator allowed it, without connecting', async () => {
    const load = createArticleLoader(strict, { allowFiles: false });
    const before = server.seen.length;
    await expect(load(`${server.origin}/story`)).rejects.toThrow(UserError);
    await expect(load(`${server.origin}/story`)).rejects.toThrow(
      /private network|not allowed|won’t|won't/i,
    );
    expect(server.seen.length).toBe(before);
  });

  it('reports a non-article content type in words', async () => {
    const load = createArticleLoader(trusting, { allowFiles: false });
    await expect(load(`${server.origin}/photo`)).rejects.toThrow(UserError);
  });

  it('never reads local files for chat users', async () => {
    const load = createArticleLoader(trusting, { allowFiles: false });
    await expect(load('/etc/passwd')).rejects.toThrow('Give a link to the article');
    await expect(load('file:///etc/passwd')).rejects.toThrow('Give a link to the article');
  });

  it('reads local files where the person owns the machine', async () => {
    const load = createArticleLoader(trusting, { allowFiles: true });
    const article = await load(join(repoRoot, 'tests/fixtures/articles/harbor-bridge.txt'));
    expect(article.text).toContain('Harbor Street bridge');
  });
});
