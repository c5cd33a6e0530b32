import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  expectedText,
  readBenchmarkPages,
  readTestPages,
  TEST_PAGE_URL,
} from './extraction-pages.js';

/** A real web page with the article text a person would call its body. */
export interface RealPage {
  id: string;
  corpus: 'benchmark' | 'readability';
  url: string;
  html: string;
  body: string;
  /** Hand label from data/real-pages-genre.json (benchmark pages only). */
  genre?: GenreLabel;
}

export type GenreLabel = 'news' | 'opinion' | 'other' | 'not-english';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

export function readDataFile<T>(name: string): T {
  return JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as T;
}

export interface GenreEntry {
  id: string;
  url: string;
  label: GenreLabel;
  why: string;
}

export function readGenreLabels(): Map<string, GenreEntry> {
  const { pages } = readDataFile<{ pages: GenreEntry[] }>('real-pages-genre.json');
  return new Map(pages.map((p) => [p.id, p]));
}

/**
 * English pages of both extraction corpora: the benchmark's (ground-truth articleBody, hand genre
 * label not "not-english") and Readability's test pages whose expected lang is English or unset
 * (body = expected.html as text).
 */
export function readRealPages(): RealPage[] {
  const genres = readGenreLabels();
  const benchmark: RealPage[] = readBenchmarkPages()
    .map((p) => ({
      id: p.id,
      corpus: 'benchmark' as const,
      url: p.url,
      html: p.html,
      body: p.articleBody,
      genre: genres.get(p.id)?.label,
    }))
    .filter((p) => p.genre !== 'not-english');
  const readability: RealPage[] = readTestPages()
    .filter((p) => !p.expected.lang || /^en\b/i.test(p.expected.lang))
    .map((p) => ({
      id: `readability/${p.page}`,
      corpus: 'readability' as const,
      url: TEST_PAGE_URL,
      html: p.html,
      body: expectedText(p),
    }));
  return [...benchmark, ...readability];
}

/** How the lede-coverage rows split pages: by hand label; the Readability suite has none. */
export type CoverageGroup = 'news' | 'opinion' | 'other or unlabelled';

export const COVERAGE_GROUPS: readonly CoverageGroup[] = ['news', 'opinion', 'other or unlabelled'];

export function coverageGroup(page: RealPage): CoverageGroup {
  return page.genre === 'news' || page.genre === 'opinion' ? page.genre : 'other or unlabelled';
}
