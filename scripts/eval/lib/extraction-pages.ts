import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { blockParagraphs } from '../../../src/core/extract/block-text.js';
import { corporaDir } from './corpora.js';

/** One page of the Zyte article-extraction-benchmark: gzipped HTML and its ground-truth body. */
export interface BenchmarkPage {
  id: string;
  url: string;
  html: string;
  articleBody: string;
}

const BENCHMARK = 'article-extraction-benchmark';
const TEST_PAGES = 'readability-test-pages';

export function readBenchmarkPages(): BenchmarkPage[] {
  const dir = join(corporaDir(), BENCHMARK);
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth).map(([id, { articleBody, url }]) => ({
    id,
    url,
    articleBody,
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}

/** A peer's published predictions (`output/<name>.json`), keyed by page id. */
export function readBenchmarkOutput(name: string): Record<string, string> {
  const raw = JSON.parse(
    readFileSync(join(corporaDir(), BENCHMARK, 'output', `${name}.json`), 'utf8'),
  ) as { output?: Record<string, { articleBody?: string }> } & Record<string, unknown>;
  const output = (raw.output ?? raw) as Record<string, { articleBody?: string }>;
  return Object.fromEntries(Object.entries(output).map(([id, v]) => [id, v.articleBody ?? '']));
}

export interface ExpectedMetadata {
  title: string | null;
  byline: string | null;
  dir: string | null;
  lang: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  readerable: boolean;
}

/** One case of Mozilla Readability's regression suite. */
export interface TestPage {
  page: string;
  html: string;
  expectedHtml: string;
  expected: ExpectedMetadata;
}

/** Readability's suite parses every source page with this fixed URI. */
export const TEST_PAGE_URL = 'http://fakehost/test/page.html';

export function readTestPages(only?: readonly string[]): TestPage[] {
  const dir = join(corporaDir(), TEST_PAGES);
  const rows = readFileSync(join(dir, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(
      (line) =>
        JSON.parse(line) as {
          page: string;
          source_gz: string;
          expected_html: string;
          expected_metadata: ExpectedMetadata;
        },
    )
    .filter((row) => !only || only.includes(row.page));
  return rows.map((row) => ({
    page: row.page,
    html: gunzipSync(readFileSync(join(dir, row.source_gz))).toString('utf8'),
    expectedHtml: readFileSync(join(dir, row.expected_html), 'utf8'),
    expected: row.expected_metadata,
  }));
}

/** The text Readability's suite expects: `expected.html` flattened the same way as Lede's. */
export function expectedText(page: TestPage): string {
  const { document } = parseHTML(`<html><body>${page.expectedHtml}</body></html>`);
  return blockParagraphs(document.body as unknown as Node).join('\n\n');
}
