import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';
import { describeCorpus } from '../../helpers/corpora.js';
import { readCase, tokenF1 } from './corpus-pages.js';

/** Readability's suite parses every page with this URI. */
const PAGE_URL = 'http://fakehost/test/page.html';

/**
 * Lowest text token F1 against `expected.html` over these pages was 0.966 (nytimes-1, whose
 * photo credits Lede drops on purpose); the floor leaves a little room below that.
 */
const FLOOR = 0.95;

const PAGES = [
  '001',
  'ars-1',
  'bbc-1',
  'cnn',
  'guardian-1',
  'keep-tabular-data',
  'lemonde-1',
  'medium-1',
  'nytimes-1',
  'qq',
  'replace-brs',
  'wikipedia',
];

const expectedText = (html: string) => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return document.body.textContent ?? '';
};

describeCorpus('extractArticle on Mozilla Readability test pages', () => {
  for (const page of PAGES) {
    it(`finds the article text and title of "${page}"`, () => {
      const c = readCase(page);
      const article = extractArticle(c.source, PAGE_URL);
      expect(article).not.toBeNull();
      expect(tokenF1(expectedText(c.expectedHtml), article!.text)).toBeGreaterThan(FLOOR);
      // Lede's title is Readability's, less a trailing site name or label ("… | Factorio").
      expect(article!.title).not.toBe('');
      expect(c.expectedTitle?.startsWith(article!.title ?? '')).toBe(true);
    });
  }
});
