import { parseHTML } from 'linkedom';
import { blockParagraphs } from '../../src/core/extract/block-text.js';
import { extractArticle } from '../../src/core/extract.js';
import { readTestPages, TEST_PAGE_URL } from './lib/extraction-pages.js';
import { shingleTokens, tokenF1 } from './lib/shingles.js';

for (const t of readTestPages()) {
  const a = extractArticle(t.html, TEST_PAGE_URL);
  const { document } = parseHTML(`<html><body>${t.expectedHtml}</body></html>`);
  const exp = blockParagraphs(document.body as any);
  const f = tokenF1(exp.join('\n\n'), a?.text ?? '');
  if (f < 0.9 && a) {
    const got = ' ' + shingleTokens(a.text).join(' ') + ' ';
    const miss = exp.filter((p) => !got.includes(' ' + shingleTokens(p).join(' ') + ' '));
    console.log(
      '==',
      t.page,
      f.toFixed(3),
      'missing:',
      miss.slice(0, 6).map((m) => m.slice(0, 80)),
    );
  }
}
