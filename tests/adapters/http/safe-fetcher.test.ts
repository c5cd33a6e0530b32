import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetcher, type SafeFetcher } from '../../../src/adapters/http/safe-fetcher.js';
import {
  brotliBomb,
  gzipBomb,
  type LocalServer,
  lazyBytes,
  startLocalServer,
} from '../../helpers/local-server.js';

const MB = 1024 * 1024;
const html = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('the safe fetcher against a local server', () => {
  let server: LocalServer;
  let fetcher: SafeFetcher;
  // For the servers that stall: any limit ends the wait, and a short one keeps the suite quick.
  let impatient: SafeFetcher;
  const hugeProduced = { bytes: 0 };
  let hugeHungUp: Promise<void> = Promise.resolve();
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  const get = (
    path: string,
    extra: { etag?: string; lastModified?: string; accept?: 'article' | 'feed' | 'any' } = {},
  ) => fetcher.fetch({ url: `${server.origin}${path}`, accept: 'article', ...extra });

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    server = await startLocalServer();
    const [gzBomb, brBomb] = await Promise.all([gzipBomb(200 * MB), brotliBomb(200 * MB)]);
    const page = Buffer.from(html('<p>Grüße aus Köln — “quoted”</p>'));
    const r = server.route;
    r('/page', (_q, s) =>
      s
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          etag: '"p1"',
          'last-modified': 'Tue, 01 Jul 2025 10:00:00 GMT',
        })
        .end(page),
    );
    r('/huge', (_q, s) => {
      hugeHungUp = new Promise((resolve) => s.on('close', resolve));
      lazyBytes(100 * MB, 0x61, hugeProduced).pipe(
        s.writeHead(200, { 'content-type': 'text/html' }),
      );
    });
    r('/huge-declared', (_q, s) =>
      lazyBytes(100 * MB).pipe(
        s.writeHead(200, { 'content-type': 'text/html', 'content-length': String(100 * MB) }),
      ),
    );
    r('/gzip-bomb', (_q, s) =>
      s.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzBomb),
    );
    r('/br-bomb', (_q, s) =>
      s.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brBomb),
    );
    r('/gzip', (_q, s) =>
      s
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' })
        .end(gzipSync(page)),
    );
    r('/deflate', (_q, s) =>
      s
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-encoding': 'deflate',
        })
        .end(deflateSync(page)),
    );
    r('/deflate-raw', (_q, s) =>
      s
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-encoding': 'deflate',
        })
        .end(deflateRawSync(page)),
    );
    r('/br', (_q, s) =>
      s
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' })
        .end(brotliCompressSync(page)),
    );
    r('/corrupt-gzip', (_q, s) =>
      s
        .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
        .end(Buffer.from('not gzip at all')),
    );
    r('/trickle', (_q, s) => {
      s.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => s.write('a'), 1000);
      s.on('close', () => clearInterval(timer));
    });
    r('/no-headers', () => undefined);
    r('/loop', (q, s) => {
      const n = Number(new URL(q.url ?? '', 'http://x').searchParams.get('n') ?? 0);
      s.writeHead(302, { location: `/loop?n=${n + 1}` }).end();
    });
    r('/hop', (_q, s) => s.writeHead(301, { location: 'page' }).end());
    r('/rate-limited', (_q, s) =>
      s.writeHead(429, { 'retry-after': '120', 'content-type': 'text/plain' }).end('slow down'),
    );
    r('/unavailable', (_q, s) =>
      s.writeHead(503, { 'retry-after': 'Wed, 21 Oct 2026 07:30:00 GMT' }).end(),
    );
    r('/missing', (_q, s) => s.writeHead(404, { 'content-type': 'text/html' }).end('nope'));
    r('/etag', (q, s) => {
      if (q.headers['if-none-match'] === '"v1"') return s.writeHead(304, { etag: '"v1"' }).end();
      s.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(
        '<rss version="2.0"></rss>',
      );
    });
    r('/pdf', (_q, s) =>
      s.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n...'),
    );
    r('/png', (_q, s) =>
      s.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    );
    r('/untyped-pdf', (_q, s) => s.writeHead(200).end('%PDF-1.4 binary'));
    r('/feed', (_q, s) =>
      s.writeHead(200, { 'content-type': 'application/atom+xml' }).end('<feed/>'),
    );
    r('/cp1251', (_q, s) =>
      s
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          iconv.encode(
            '<html><head><meta charset="windows-1251"></head><body>Привет, мир</body></html>',
            'windows-1251',
          ),
        ),
    );
    r('/latin1', (_q, s) =>
      s
        .writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' })
        .end(iconv.encode(html('Café crème'), 'latin1')),
    );
    r('/sjis', (_q, s) =>
      s
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(
          iconv.encode(
            '<?xml version="1.0" encoding="Shift_JIS"?><rss><title>日本語のニュース</title></rss>',
            'shift_jis',
          ),
        ),
    );
    r('/bom', (_q, s) =>
      s
        .writeHead(200, { 'content-type': 'text/html; charset=windows-1252' })
        .end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html('naïve résumé'))])),
    );
    r('/utf8-mislabelled', (_q, s) =>
      s
        .writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
        .end(html('Grüße — 東京')),
    );
    fetcher = createSafeFetcher({
      version: '1.2.3',
      allowPrivateHosts: ['127.0.0.1'],
      maxBytes: 1 * MB,
      maxRedirects: 3,
      totalTimeoutMs: 1_500,
      connectTimeoutMs: 500,
      clock: { now: () => Date.parse('Wed, 21 Oct 2026 07:28:00 GMT') },
    });
    impatient = createSafeFetcher({
      allowPrivateHosts: ['127.0.0.1'],
      totalTimeoutMs: 300,
      connectTimeoutMs: 300,
    });
  });

  afterAll(async () => {
    await Promise.all([fetcher.close(), impatient.close()]);
    await server.idle();
    expect(server.openSockets()).toBe(0);
    await server.close();
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });

  it('fetches a page and reports what it got', async () => {
    const outcome = await get('/page');
    expect(outcome).toMatchObject({
      kind: 'ok',
      url: `${server.origin}/page`,
      status: 200,
      contentType: 'text/html',
      charset: 'utf-8',
      etag: '"p1"',
      lastModified: 'Tue, 01 Jul 2025 10:00:00 GMT',
    });
    if (outcome.kind !== 'ok') return;
    expect(outcome.text).toContain('Grüße aus Köln — “quoted”');
    expect(outcome.bytes).toBe(Buffer.byteLength(outcome.text));
  });

  it('names itself and asks for compressed bodies', async () => {
    await get('/page');
    const headers = server.lastHeaders();
    expect(headers?.['user-agent']).toBe('Lede/1.2.3 (+self-hosted news digest bot)');
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers?.accept).toContain('text/html');
  });

  it.each(['/gzip', '/deflate', '/deflate-raw', '/br'])('decodes %s bodies', async (path) => {
    const outcome = await get(path);
    expect(outcome).toMatchObject({ kind: 'ok', text: expect.stringContaining('Grüße aus Köln') });
  });

  it('stops a lazily streamed 100 MB body at the cap', async () => {
    const outcome = await get('/huge');
    expect(outcome).toMatchObject({ kind: 'too-large', limitBytes: MB });
    expect(outcome.message).toBe('The page is larger than 1 MB, so Lede stopped reading it.');
    // It hung up near the cap: the server produced little more than socket buffers beyond 1 MB.
    await hugeHungUp;
    expect(hugeProduced.bytes).toBeLessThan(8 * MB);
  });

  it('refuses a declared 100 MB body without reading it', async () => {
    expect((await get('/huge-declared')).kind).toBe('too-large');
  });

  it.each(['/gzip-bomb', '/br-bomb'])(
    'stops the decompression bomb %s at the cap',
    async (path) => {
      const outcome = await get(path);
      expect(outcome).toMatchObject({ kind: 'too-large', limitBytes: MB });
    },
  );

  it('reports a corrupt compressed body as a parse error', async () => {
    expect((await get('/corrupt-gzip')).kind).toBe('parse-error');
  });

  it('gives up on a body that trickles one byte a second', async () => {
    const outcome = await impatient.fetch({ url: `${server.origin}/trickle`, accept: 'article' });
    expect(outcome).toMatchObject({ kind: 'timeout', phase: 'total', limitMs: 300 });
    expect(outcome.message).toBe('The page took longer than 0.3 s.');
  });

  it('gives up on a server that never answers', async () => {
    const outcome = await impatient.fetch({
      url: `${server.origin}/no-headers`,
      accept: 'article',
    });
    expect(outcome.kind).toBe('timeout');
  });

  it('stops a redirect loop after the configured number of redirects', async () => {
    const before = server.seen.length;
    const outcome = await get('/loop');
    expect(outcome).toMatchObject({
      kind: 'http-error',
      reason: 'too-many-redirects',
      status: null,
    });
    expect(server.seen.length - before).toBe(4);
  });

  it('follows a relative redirect and reports the final URL', async () => {
    const outcome = await get('/hop');
    expect(outcome).toMatchObject({
      kind: 'ok',
      url: `${server.origin}/page`,
      requestedUrl: `${server.origin}/hop`,
    });
  });

  it('passes on Retry-After in seconds for 429', async () => {
    const outcome = await get('/rate-limited');
    expect(outcome).toMatchObject({ kind: 'http-error', status: 429, retryAfterMs: 120_000 });
    expect(outcome.message).toBe(
      'The site is limiting requests (429 Too Many Requests). Try again in 2 min.',
    );
  });

  it('passes on Retry-After as an HTTP date for 503', async () => {
    expect(await get('/unavailable')).toMatchObject({
      kind: 'http-error',
      status: 503,
      retryAfterMs: 120_000,
    });
  });

  it('reports other statuses without a retry hint', async () => {
    const outcome = await get('/missing');
    expect(outcome).toMatchObject({ kind: 'http-error', status: 404, reason: 'status' });
    expect(outcome).not.toHaveProperty('retryAfterMs');
  });

  it('sends stored validators verbatim and reports 304 as not-modified', async () => {
    const first = await get('/etag', { accept: 'feed' });
    expect(first).toMatchObject({ kind: 'ok', etag: '"v1"' });
    const lastModified = 'Mon, 30 Jun 2025 08:00:00 GMT';
    const second = await get('/etag', { accept: 'feed', etag: '"v1"', lastModified });
    expect(second).toMatchObject({ kind: 'not-modified', etag: '"v1"', lastModified });
    expect(server.lastHeaders()?.['if-modified-since']).toBe(lastModified);
  });

  it.each([
    ['/pdf', 'That link is a PDF, not an article'],
    ['/png', 'That link is an image, not an article'],
    ['/untyped-pdf', 'That link is a PDF, not an article'],
    ['/feed', 'That link is an XML document (perhaps a feed), not an article'],
  ])('answers %s with "not an article"', async (path, message) => {
    const outcome = await get(path);
    expect(outcome.kind).toBe('unsupported-type');
    expect(outcome.message).toContain(message);
  });

  it('accepts the same feed when a feed is asked for', async () => {
    expect((await get('/feed', { accept: 'feed' })).kind).toBe('ok');
  });

  it.each([
    ['/cp1251', 'windows-1251', 'Привет, мир'],
    ['/latin1', 'windows-1252', 'Café crème'],
    ['/sjis', 'shift_jis', '日本語のニュース'],
    ['/bom', 'utf-8', 'naïve résumé'],
    ['/utf8-mislabelled', 'utf-8', 'Grüße — 東京'],
  ])('decodes %s as %s', async (path, charset, text) => {
    const outcome = await get(path, { accept: 'any' });
    expect(outcome).toMatchObject({ kind: 'ok', charset, text: expect.stringContaining(text) });
    if (outcome.kind === 'ok') expect(outcome.text).not.toContain('\ufeff');
  });

  it('reports a refused connection as an http error without a status', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await fetcher.fetch({ url: `http://127.0.0.1:${port}/`, accept: 'any' });
    expect(outcome).toMatchObject({ kind: 'http-error', status: null, reason: 'network' });
  });
});
