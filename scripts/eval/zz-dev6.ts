import { parseHTML } from 'linkedom';
import { blockParagraphs } from '../../src/core/extract/block-text.js';
import { extractArticle } from '../../src/core/extract.js';
import { readTestPages, TEST_PAGE_URL } from './lib/extraction-pages.js';
import { tokenF1 } from './lib/shingles.js';

const want = [
  '001',
  'ars-1',
  'bbc-1',
  'nytimes-1',
  'guardian-1',
  'wikipedia',
  'medium-1',
  'qq',
  'lemonde-1',
  'herald-sun-1',
  'wapo-1',
  'cnn',
  'mozilla-1',
  'hukumusume',
  'ietf-1',
];
const all = readTestPages();
console.log(all.map((t) => t.page).join(' '));
for (const t of all.filter((x) => want.includes(x.page))) {
  const s = performance.now();
  const a = extractArticle(t.html, TEST_PAGE_URL);
  const ms = performance.now() - s;
  const { document } = parseHTML(`<html><body>${t.expectedHtml}</body></html>`);
  console.log(
    t.page,
    tokenF1(blockParagraphs(document.body as any).join('\n\n'), a?.text ?? '').toFixed(3),
    a?.title === t.expected.title,
    ms.toFixed(0),
    t.html.length,
  );
}
