import type { ArticleAnalysis } from '../../../src/core/types.js';
import type { EngineUnderTest } from './baseline-engine.js';
import { type DigestLineUnderTest, leadLines, linesUnderTest } from './digest-line.js';
import { leadSentences } from './lead3.js';
import type { RealPage } from './real-pages-corpus.js';

/** What one system made of one page: its digest lines, and the engine's analysis if any. */
export interface PageRun {
  status: 'digest' | 'notice' | 'no article' | 'threw';
  lines: DigestLineUnderTest[];
  analysis?: ArticleAnalysis;
  /** The text the engine analysed (its own extraction). */
  text?: string;
}

/** A page run the way `lede summarize page.html` runs it: extract with the URL, then analyse. */
export async function runEngineOnPage(engine: EngineUnderTest, page: RealPage): Promise<PageRun> {
  let article: ReturnType<EngineUnderTest['extract']>;
  try {
    article = engine.extract(page.html, page.url);
  } catch {
    return { status: 'threw', lines: [] };
  }
  if (!article) return { status: 'no article', lines: [] };
  const analysis = await engine.analyzePage(article, page.url);
  const lines = linesUnderTest(analysis.digest, article.text);
  const status = lines.length > 0 ? 'digest' : 'notice';
  return { status, lines, analysis, text: article.text };
}

export function leadThreeRun(page: RealPage): PageRun {
  return { status: 'digest', lines: leadLines(leadSentences(page.body, 3)) };
}

/** One system's runs over every page, keyed by page id. */
export interface SystemRuns {
  name: string;
  runs: Map<string, PageRun>;
}

export async function runSystem(
  name: string,
  pages: readonly RealPage[],
  run: (page: RealPage) => PageRun | Promise<PageRun>,
): Promise<SystemRuns> {
  const runs = new Map<string, PageRun>();
  for (const page of pages) runs.set(page.id, await run(page));
  return { name, runs };
}
