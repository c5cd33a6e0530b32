import { readdirSync, readFileSync } from 'node:fs';
import { extractArticle } from '../../src/core/extract.js';

const dir = 'tests/fixtures/extract';
for (const f of readdirSync(dir)) {
  const a = extractArticle(
    readFileSync(`${dir}/${f}`, 'utf8'),
    'https://example.com/news/story.html',
  );
  console.log('=====', f, a && { ...a, text: undefined });
  console.log(a?.text);
}
for (const html of ['', '   ', '<html></html>', '<body></body>', 'just text', '<p>short</p>'])
  console.log(JSON.stringify(html), extractArticle(html));
