import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { createEngine } from '../../src/core/engine.js';
import { presentAnalysis } from '../../src/core/present-analysis.js';
import type { ArticleAnalysis } from '../../src/core/types.js';
import { renderMarkdown } from '../../src/render/markdown.js';

const seedPath = resolve(import.meta.dirname, '../../../shared/seeds/belarus-envoy-opinion.txt');

/** The seed article's digest and notes in full, as `lede summarize` prints them. */
export function seedReport(): { path: string; analysis: ArticleAnalysis; markdown: string } {
  const text = readFileSync(process.env.LEDE_SEED ?? seedPath, 'utf8');
  const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
  const analysis = engine.analyze({ text, title: null, source: 'belarus-envoy-opinion.txt' });
  return {
    path: join('..', 'shared', 'seeds', 'belarus-envoy-opinion.txt'),
    analysis,
    markdown: renderMarkdown(presentAnalysis(analysis)),
  };
}
