// Drafts lexicon candidates for human review: prints TSV (term, category guess, sources, WNC count).
// Nothing here is written into config/: the reviewed lexicon is edited by hand from this list.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const corpora =
  process.env.LEDE_CORPORA ?? path.resolve(import.meta.dirname, '../../../shared/corpora');
const lines = (file: string) =>
  readFileSync(path.join(corpora, file), 'latin1')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith(';') && !l.startsWith('#'));

const recasens = new Set(lines('bias-lexicons/recasens2013_bias_lexicon.txt'));
const positive = new Set(lines('bias-lexicons/positive_liu2005.txt'));
const negative = new Set(lines('bias-lexicons/negative_liu2005.txt'));
const strong = new Map<string, string>();
for (const l of lines('bias-lexicons/mpqa_subjectivity_clues.jsonl')) {
  const c = JSON.parse(l) as { word: string; type: string; prior_polarity: string };
  if (c.type === 'strongsubj') strong.set(c.word, c.prior_polarity);
}
const wnc = new Map<string, number>();
for (const l of lines('wnc-sample-pryzant/wnc_sample_pairs.jsonl')) {
  const row = JSON.parse(l) as { split: string; removed_tokens: string[] };
  if (row.split !== 'train') continue;
  for (const t of row.removed_tokens) wnc.set(t, (wnc.get(t) ?? 0) + 1);
}

const words = new Set(
  [...recasens].filter((w) => strong.has(w) || positive.has(w) || negative.has(w)),
);
for (const [w, n] of wnc)
  if (n >= 2 && (strong.has(w) || positive.has(w) || negative.has(w))) words.add(w);
for (const w of [...words].sort()) {
  const guess = positive.has(w) || strong.get(w) === 'positive' ? 'praise' : 'disparagement';
  const sources = [
    recasens.has(w) && 'recasens',
    strong.has(w) && 'mpqa-strong',
    (positive.has(w) || negative.has(w)) && 'liu',
  ].filter(Boolean);
  console.log([w, guess, sources.join('+'), wnc.get(w) ?? 0].join('\t'));
}
