import { describe, expect, it } from 'vitest';
import { outcomeForError } from '../../../src/adapters/http/error-outcome.js';
import { createSafeFetcher } from '../../../src/adapters/http/safe-fetcher.js';

const ctx = {
  url: new URL('http://news.example/a'),
  totalTimeoutMs: 10_000,
  connectTimeoutMs: 5_000,
  expired: false,
};
const withCode = (code: string, cause?: unknown) => Object.assign(new Error(code), { code, cause });

describe('outcomeForError', () => {
  it.each([
    [
      'a connect timeout',
      withCode('UND_ERR_CONNECT_TIMEOUT'),
      { kind: 'timeout', phase: 'connect', limitMs: 5_000 },
    ],
    ['a headers timeout', withCode('UND_ERR_HEADERS_TIMEOUT'), { kind: 'timeout', phase: 'total' }],
    ['a DNS failure', withCode('ENOTFOUND'), { kind: 'http-error', reason: 'dns', status: null }],
    ['a reset connection', withCode('ECONNRESET'), { kind: 'http-error', reason: 'network' }],
    [
      'a refusal deep in the cause chain',
      new Error('fetch failed', { cause: withCode('X', withCode('LEDE_BLOCKED_ADDRESS')) }),
      { kind: 'blocked-address' },
    ],
    ['something odd', 'a string', { kind: 'http-error', reason: 'network' }],
  ])('maps %s', (_, err, expected) => {
    expect(outcomeForError(err, ctx)).toMatchObject(expected);
  });

  it('calls anything after the deadline a timeout', () => {
    const outcome = outcomeForError(withCode('ECONNRESET'), { ...ctx, expired: true });
    expect(outcome).toMatchObject({
      kind: 'timeout',
      phase: 'total',
      message: 'The page took longer than 10 s.',
    });
  });

  it('words a connect timeout for a chat user', () => {
    expect(outcomeForError(withCode('UND_ERR_CONNECT_TIMEOUT'), ctx).message).toBe(
      'news.example did not accept a connection within 5 s.',
    );
  });
});

describe('the total timeout', () => {
  it('covers a DNS lookup that never answers', async () => {
    const fetcher = createSafeFetcher({
      resolver: () => new Promise(() => undefined),
      totalTimeoutMs: 200,
    });
    try {
      const outcome = await fetcher.fetch({ url: 'http://slow-dns.test/', accept: 'any' });
      expect(outcome).toMatchObject({ kind: 'timeout', phase: 'total', limitMs: 200 });
    } finally {
      await fetcher.close();
    }
  });

  it('answers a malformed URL with a parse error', async () => {
    const fetcher = createSafeFetcher();
    expect(await fetcher.fetch({ url: 'not a url', accept: 'any' })).toMatchObject({
      kind: 'parse-error',
      message: "That doesn't look like a web address.",
    });
    await fetcher.close();
  });
});
