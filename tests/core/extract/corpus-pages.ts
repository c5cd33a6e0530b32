import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { corpusPath } from '../../helpers/corpora.js';

/** Mozilla Readability's regression pages. */
const testPagesDir = corpusPath('readability-test-pages');

export interface ReadabilityCase {
  page: string;
  source: string;
  expectedHtml: string;
  expectedTitle: string | null;
}

export function readCase(page: string): ReadabilityCase {
  const dir = join(testPagesDir, 'pages', page);
  const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as {
    title?: string | null;
  };
  return {
    page,
    source: gunzipSync(readFileSync(join(dir, 'source.html.gz'))).toString('utf8'),
    expectedHtml: readFileSync(join(dir, 'expected.html'), 'utf8'),
    expectedTitle: meta.title ?? null,
  };
}

/** Bag-of-words F1 of lower-cased letter/digit tokens. */
export function tokenF1(expected: string, actual: string): number {
  const bag = (s: string) => {
    const m = new Map<string, number>();
    for (const t of s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const e = bag(expected);
  const a = bag(actual);
  let common = 0;
  let ne = 0;
  let na = 0;
  for (const v of e.values()) ne += v;
  for (const [k, v] of a) {
    na += v;
    common += Math.min(v, e.get(k) ?? 0);
  }
  return common === 0 ? 0 : (2 * common) / (ne + na);
}
