import { extractArticle } from '../../src/core/extract.js';
import { bodyText, plainReadabilityText } from './lib/extraction-baselines.js';
import {
  type BenchmarkPage,
  expectedText,
  readBenchmarkOutput,
  readBenchmarkPages,
  readTestPages,
  TEST_PAGE_URL,
  type TestPage,
} from './lib/extraction-pages.js';
import { type ShingleScore, scoreShingles, tokenF1 } from './lib/shingles.js';
import type { EvalRow, EvalSection } from './types.js';

const fmt = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function safeExtract(html: string, url: string) {
  try {
    return { article: extractArticle(html, url), threw: false };
  } catch {
    return { article: null, threw: true };
  }
}

function benchmarkRows(pages: readonly BenchmarkPage[]): EvalRow[] {
  const section = 'article-extraction-benchmark (181 pages, shingle F1)';
  let nulls = 0;
  let throws = 0;
  const lede = pages.map((p) => {
    const { article, threw } = safeExtract(p.html, p.url);
    if (threw) throws++;
    else if (!article) nulls++;
    return { truth: p.articleBody, prediction: article?.text ?? '' };
  });
  const base = pages.map((p) => ({ truth: p.articleBody, prediction: bodyText(p.html).text }));
  const plain = pages.map((p) => ({
    truth: p.articleBody,
    prediction: plainReadabilityText(p.html, p.url),
  }));
  const published = readBenchmarkOutput('readability_js');
  const peer = pages.map((p) => ({ truth: p.articleBody, prediction: published[p.id] ?? '' }));
  const s = scoreShingles(lede);
  const b = scoreShingles(base);
  const row = (metric: string, pick: (x: ShingleScore) => number): EvalRow => ({
    section,
    metric,
    lede: fmt(pick(s)),
    baseline: { name: 'all body text', value: fmt(pick(b)) },
  });
  return [
    {
      ...row('shingle F1 (4-grams, P and R averaged over pages)', (x) => x.f1),
      anchor: 'Readability.js 0.947, trafilatura 0.958',
      target: '>= 0.947',
    },
    { ...row('precision', (x) => x.precision), anchor: 'Readability.js 0.914' },
    { ...row('recall', (x) => x.recall), anchor: 'Readability.js 0.982' },
    { ...row('exact token match', (x) => x.accuracy), anchor: 'Readability.js 0.166' },
    {
      section,
      metric: 'shingle F1, Readability over linkedom without Lede post-processing',
      lede: fmt(scoreShingles(plain).f1),
      baseline: {
        name: 'Readability.js published output, re-scored here',
        value: fmt(scoreShingles(peer).f1),
      },
      note: 'same library over linkedom vs the peer run: the DOM costs nothing; the re-score checks the metric',
    },
    { section, metric: 'pages with no article returned / thrown', lede: `${nulls} / ${throws}` },
  ];
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').replace(/\s+/g, ' ').trim() === (b ?? '').replace(/\s+/g, ' ').trim();

function testPageRows(pages: readonly TestPage[]): EvalRow[] {
  const section = `readability-test-pages (${pages.length} pages vs expected output)`;
  const n = pages.length;
  let f1Sum = 0;
  let baseF1Sum = 0;
  let above = 0;
  let nulls = 0;
  const hits = { title: 0, byline: 0, siteName: 0, publishedTime: 0, lang: 0, baseTitle: 0 };
  for (const page of pages) {
    const want = page.expected;
    const { article } = safeExtract(page.html, TEST_PAGE_URL);
    const base = bodyText(page.html);
    const expected = expectedText(page);
    const f1 = tokenF1(expected, article?.text ?? '');
    f1Sum += f1;
    baseF1Sum += tokenF1(expected, base.text);
    if (f1 >= 0.9) above++;
    if (!article) nulls++;
    if (same(article?.title, want.title)) hits.title++;
    if (same(article?.byline, want.byline)) hits.byline++;
    if (same(article?.siteName, want.siteName)) hits.siteName++;
    if (same(article?.publishedTime, want.publishedTime)) hits.publishedTime++;
    if (same(article?.lang, want.lang)) hits.lang++;
    if (same(base.title, want.title)) hits.baseTitle++;
  }
  const rate = (k: number) => pct(k / n);
  return [
    {
      section,
      metric: 'text token F1 vs expected.html (mean over pages)',
      lede: fmt(f1Sum / n),
      baseline: { name: 'all body text', value: fmt(baseF1Sum / n) },
      note: 'Lede drops captions and furniture that expected.html keeps, so 1.0 is not the goal',
    },
    { section, metric: 'pages with text token F1 >= 0.9', lede: rate(above) },
    {
      section,
      metric: 'title exact match',
      lede: rate(hits.title),
      baseline: { name: '<title> text', value: rate(hits.baseTitle) },
    },
    { section, metric: 'byline exact match', lede: rate(hits.byline) },
    { section, metric: 'site name exact match', lede: rate(hits.siteName) },
    { section, metric: 'published time exact match', lede: rate(hits.publishedTime) },
    { section, metric: 'lang exact match', lede: rate(hits.lang) },
    {
      section,
      metric: 'pages returned as "no article"',
      lede: `${nulls} of ${n}`,
      note: 'the suite includes tiny synthetic pages (a few words) that Lede declines',
    },
  ];
}

export const extractionSection: EvalSection = {
  name: 'extraction',
  async run() {
    return [...benchmarkRows(readBenchmarkPages()), ...testPageRows(readTestPages())];
  },
};
