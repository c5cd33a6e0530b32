// The scorer's training rows: WNC train sentences and the reviewed word lists, over the pruned
// GloVe vocabulary (see scripts/model/README.md). Shared by train.ts and train-network.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { LOADED_CATEGORIES } from '../../src/core/framing/lexicon.js';
import { quantiseVectors, readVectors } from '../../src/core/framing/model/vectors.js';
import { readJsonl } from '../lexicon/corpus.js';
import {
  type FeatureSpace,
  type RowBuilder,
  rowFor,
  type WncPair,
  wncExamples,
  wordExample,
} from './examples.js';
import type { Example } from './logistic.js';
import { pruneVocabulary, readEmbeddings } from './vocabulary.js';

const root = path.resolve(import.meta.dirname, '../..');
export const TOP_WORDS = 40_000;
// The reviewed lexicon defines what Lede calls loaded; its words (and the neutral words) weigh as
// much in the loss as all WNC words together, so the vectors learn the lexicon's sense of it.
export const WORD_LIST_SHARE = 0.5;
const LOADED = new Set<string>(LOADED_CATEGORIES);

/** Words WNC editors put in when they neutralised a sentence (and did not also take out). */
function wncAddedWords(train: readonly WncPair[]): string[] {
  return train.flatMap((p) =>
    p.added_tokens.filter((w) => /^[a-z]{3,}$/.test(w) && !p.removed_tokens.includes(w)),
  );
}

export function readTrainingData(row: RowBuilder = rowFor) {
  const lexicon = loadLexicon(path.join(root, 'config'), { withModel: false });
  const pairs = readJsonl<WncPair>('wnc-sample-pryzant/wnc_sample_pairs.jsonl').filter(
    (p) => p.split === 'train',
  );
  const neutralWords = [
    ...readFileSync(path.join(import.meta.dirname, 'neutral-words.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#')),
    ...lexicon.entries.map((e) => e.neutral).filter((w) => /^[a-z]+$/.test(w) && w !== 'omit'),
    ...wncAddedWords(pairs),
  ].filter((w, i, all) => !lexicon.byFirst.has(w) && all.indexOf(w) === i);
  const positives = lexicon.entries.filter(
    (e) => LOADED.has(e.category) && e.weight >= 0.5 && !e.term.includes(' '),
  );

  const embeddings = readEmbeddings();
  const pruned = pruneVocabulary(embeddings, TOP_WORDS, {
    lexicon: lexicon.entries.flatMap((e) => e.term.split(/[\s-]+/)),
    wnc: pairs.flatMap((p) => p.biased.split(' ')),
    neutral: neutralWords,
  });
  const dims = embeddings.dimensions;
  const bytes = quantiseVectors(pruned.vectors, dims);
  const space: FeatureSpace = {
    vectors: readVectors(bytes, pruned.words.length, dims),
    index: new Map(pruned.words.map((w, i) => [w, i])),
  };

  const sentences = pairs
    .filter((p) => p.removed_tokens.length > 0)
    .map((p) => wncExamples(space, lexicon, p, row))
    .filter((s) => s.examples.length > 0);
  const listed: Example[] = [
    ...positives.map((e) => wordExample(space, lexicon, e.term, 1, row)),
    ...neutralWords.map((w) => wordExample(space, lexicon, w, 0, row)),
  ].filter((e): e is Example => e !== null);
  const wncWords = sentences.reduce((n, s) => n + s.examples.length, 0);
  const listWeight = (WORD_LIST_SHARE / (1 - WORD_LIST_SHARE)) * (wncWords / listed.length);
  const always = listed.map((e) => ({ ...e, weight: listWeight }));
  return {
    ...{ lexicon, neutralWords, positives, embeddings, pruned, space, dims },
    ...{ sentences, always, wncWords, listWeight },
  };
}
