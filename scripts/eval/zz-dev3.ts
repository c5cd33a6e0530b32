import { extractArticle } from '../../src/core/extract.js';
import { plainReadabilityText } from './lib/extraction-baselines.js';
import { readBenchmarkPages, readTestPages, TEST_PAGE_URL } from './lib/extraction-pages.js';

for (const p of readBenchmarkPages())
  if (!extractArticle(p.html, p.url))
    console.log(
      'NULL',
      p.id,
      p.url,
      p.articleBody.slice(0, 300),
      '\nPLAIN:',
      plainReadabilityText(p.html, p.url).replace(/\s+/g, ' ').slice(0, 500),
    );
for (const t of readTestPages()) {
  const a = extractArticle(t.html, TEST_PAGE_URL);
  if ((a?.title ?? null) !== t.expected.title)
    console.log('TITLE', t.page, JSON.stringify(a?.title), JSON.stringify(t.expected.title));
  if (!a) console.log('NULLPAGE', t.page);
}
