import type { EngineUnderTest } from './baseline-engine.js';
import { readNeusVal } from './corpora.js';
import { readBenchmarkPages } from './extraction-pages.js';

/** The text and title of one page of a judged set, as the engine under test sees it. */
export type SetText = (
  engine: EngineUnderTest,
  id: string,
) => { text: string; title: string | null } | null;

/** A benchmark page through the engine's own extraction (which can change between engines). */
export function benchmarkTexts(): SetText {
  const pages = new Map(readBenchmarkPages().map((p) => [p.id, p]));
  return (engine, id) => {
    const page = pages.get(id);
    const article = page && engine.extract(page.html, page.url);
    return article ? { text: article.text, title: article.title } : null;
  };
}

/** A NeuS val source article, id "<story id>#<index in its sources>", as the corpus gives it. */
export function neusTexts(): SetText {
  const stories = new Map(readNeusVal().map((s) => [s.id, s]));
  return (_engine, id) => {
    const [story, index] = id.split('#');
    const source = stories.get(story ?? '')?.sources[Number(index)];
    return source ? { text: source.article, title: source.title } : null;
  };
}
