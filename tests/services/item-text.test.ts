import { describe, expect, it } from 'vitest';
import type { Fetcher, FetchOutcome, FetchRequest } from '../../src/core/fetch-outcome.js';
import { createItemText } from '../../src/services/item-text.js';

const sentence = 'The harbour authority said the new ferry pier would open to passengers in June. ';
const longBody = `<p>${sentence.repeat(6)}</p><p>${sentence.repeat(6)}</p>`;
const articlePage = `<!doctype html><html><head><title>Pier opens</title></head><body>
  <nav><a href="/">Home</a></nav>
  <article><h1>Pier opens</h1>${`<p>${sentence.repeat(4)}</p>`.repeat(4)}</article>
  <footer>Privacy policy</footer></body></html>`;

function fakeFetcher(answer: (req: FetchRequest) => FetchOutcome | Promise<FetchOutcome>) {
  const requests: FetchRequest[] = [];
  const fetcher: Fetcher = {
    fetch: async (req) => {
      requests.push(req);
      return answer(req);
    },
  };
  return { fetcher, requests };
}

const page = (req: FetchRequest, text: string): FetchOutcome => ({
  kind: 'ok',
  url: req.url,
  requestedUrl: req.url,
  status: 200,
  contentType: 'text/html',
  charset: 'utf-8',
  text,
  etag: null,
  lastModified: null,
  bytes: text.length,
  wireBytes: text.length,
  message: '',
});

const item = (
  fields: Partial<{ url: string | null; summary: string | null; contentHtml: string | null }>,
) => ({
  url: 'https://harbour.example/pier',
  summary: null,
  contentHtml: null,
  ...fields,
});

describe('item text', () => {
  it('uses a feed body long enough to be the article, without fetching', async () => {
    const { fetcher, requests } = fakeFetcher(() => {
      throw new Error('must not fetch');
    });
    const found = await createItemText(fetcher)(item({ contentHtml: longBody }));
    expect(found).toMatchObject({ from: 'content' });
    expect(found.text?.split('\n\n')).toHaveLength(2);
    expect(requests).toEqual([]);
  });

  it('fetches and extracts the linked article when the body is a teaser', async () => {
    const { fetcher, requests } = fakeFetcher((req) => page(req, articlePage));
    const found = await createItemText(fetcher)(item({ contentHtml: '<p>Short teaser.</p>' }));
    expect(requests).toEqual([{ url: 'https://harbour.example/pier', accept: 'article' }]);
    expect(found).toMatchObject({ from: 'article', url: 'https://harbour.example/pier' });
    expect(found.text).toContain('ferry pier');
    expect(found.text).not.toContain('Privacy policy');
  });

  it('falls back to the longer of body and summary when the page cannot be read', async () => {
    const { fetcher } = fakeFetcher((req) => ({
      kind: 'timeout',
      url: req.url,
      phase: 'total',
      limitMs: 10_000,
      message: 'The page took longer than 10 s.',
    }));
    const found = await createItemText(fetcher)(
      item({ contentHtml: '<p>Pier opens.</p>', summary: 'The new ferry pier opens in June.' }),
    );
    expect(found).toEqual({
      text: 'The new ferry pier opens in June.',
      from: 'summary',
      url: 'https://harbour.example/pier',
    });
  });

  it('returns no text with the reason, and never throws', async () => {
    const blocked = fakeFetcher((req) => ({
      kind: 'blocked-address',
      url: req.url,
      reason: 'private-address',
      message: 'That address points inside a private network.',
    }));
    expect(await createItemText(blocked.fetcher)(item({}))).toEqual({
      text: null,
      reason: 'That address points inside a private network.',
    });
    const broken = fakeFetcher(() => {
      throw new Error('socket hang up');
    });
    expect(await createItemText(broken.fetcher)(item({}))).toMatchObject({
      text: null,
      reason: expect.stringContaining('socket hang up'),
    });
    expect(await createItemText(broken.fetcher)(item({ url: null }))).toEqual({
      text: null,
      reason: 'The item has no link.',
    });
  });
});
