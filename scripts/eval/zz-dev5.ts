import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { asDocument } from '../../src/core/extract/as-document.js';
import { readTestPages, TEST_PAGE_URL } from './lib/extraction-pages.js';

const [t] = readTestPages(['mathjax']);
const { document } = parseHTML(asDocument(t!.html, TEST_PAGE_URL));
const a = new Readability(document as any).parse();
console.log(a?.content?.slice(0, 1500));
console.log('---EXPECTED', t!.expectedHtml.slice(0, 1500));
