import { readBabeSentences, readJsonl, readShippedLexicon } from './corpus.js';
import type { LabelledDoc } from './fit-folds.js';
import { fitWithThreshold, prepare } from './model-cv.js';
import { listsForJson, readPublicLists } from './word-lists.js';

interface Pair {
  split: string;
  removed_tokens: string[];
  added_tokens: string[];
}

/** The model as `parseLoadedModel` reads it, fitted on all of BABE (about 5 s). */
export function buildLearnedModel() {
  const rows: LabelledDoc[] = readBabeSentences();
  const lexicon = readShippedLexicon();
  const lists = readPublicLists('shippable');
  const { fitted, thresholds } = fitWithThreshold(rows.map((r) => prepare(r, lexicon, lists)));

  // Kept weights: rounded, the negligible ones dropped (they change no decision at 4 decimals).
  const weights: Record<string, number> = {};
  for (const [f, w] of [...fitted.weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (Math.abs(w) >= 0.005) weights[f] = Math.round(w * 1e4) / 1e4;
  }
  const usedLists = new Set(
    Object.keys(weights).flatMap((f) =>
      /^p?L:([^&]+)/.exec(f)?.[1] ? [/^p?L:([^&]+)/.exec(f)![1]!] : [],
    ),
  );
  const byName = Object.fromEntries(
    Object.entries(listsForJson(lists)).filter(([name]) => usedLists.has(name)),
  );

  // Neutral alternatives from the WNC train split: one word removed, one added (MIT; Wikipedia).
  const neutral: Record<string, string> = {};
  for (const p of readJsonl<Pair>('wnc-sample-pryzant/wnc_sample_pairs.jsonl')) {
    const [removed] = p.removed_tokens;
    const [added] = p.added_tokens;
    if (p.split !== 'train' || p.removed_tokens.length !== 1 || p.added_tokens.length !== 1)
      continue;
    if (!/^[a-z]+$/.test(removed!) || !/^[a-z]+$/.test(added!) || removed === added) continue;
    neutral[removed!] ??= added!;
  }

  const model = {
    header: {
      what: 'Learned loaded-language word scorer (logistic regression), an eval-only experiment',
      trainedOn: 'BABE SG2 (Spinde et al. 2021), all rows; test data only, never shipped',
    },
    threshold: thresholds.sentence,
    wordThreshold: thresholds.word,
    bias: Math.round(fitted.bias * 1e4) / 1e4,
    weights,
    lists: byName,
    neutral,
  };
  return model;
}
