import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleLoader } from '../../src/adapters/article-loader.js';
import { createSafeFetcher, type SafeFetcher } from '../../src/adapters/http/safe-fetcher.js';
import { createItemText } from '../../src/services/item-text.js';
import { type LocalServer, startLocalServer } from '../helpers/local-server.js';

const headline = 'Ferry timetable changes for the winter';
const body = [
  'The harbour ferry will run every 40 minutes from 1 November, the operator said on Tuesday.',
  'Morning sailings before 7 a.m. stay at every 20 minutes for commuters.',
  'The <b>last</b> boat & the night bus will leave at 23:10 instead of 23:40.',
].join('\n\n');

describe('one article loader for `/news summarize` and for feed items (real HTTP)', () => {
  let server: LocalServer;
  let fetcher: SafeFetcher;

  beforeAll(async () => {
    server = await startLocalServer();
    server.route('/notice.txt', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`${headline}\n\n${body}\n`);
    });
    fetcher = createSafeFetcher({ allowPrivateHosts: ['127.0.0.1'], totalTimeoutMs: 3000 });
  });

  afterAll(async () => {
    await Promise.all([fetcher.close(), server.close()]);
  });

  it('reads a text/plain article the same way from both, its markup-like text kept as written', async () => {
    const url = `${server.origin}/notice.txt`;
    const summarized = await createArticleLoader(fetcher, { allowFiles: false })(url);
    const item = await createItemText(fetcher)({ url, summary: null, contentHtml: null });
    expect(summarized).toMatchObject({ title: headline, text: body, url });
    expect(item).toEqual({ text: summarized.text, from: 'article', url });
  });
});
