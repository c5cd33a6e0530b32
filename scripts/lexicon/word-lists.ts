// The public word lists the learned scorer uses as features, read from ../shared/corpora.
// `shippable` leaves out the lists whose licence keeps them out of the product (see
// scripts/lexicon/README.md): MPQA (GPL) and BABE's own bias lexicon (AGPL).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corporaDir, readWordList } from './corpus.js';

export type ListChoice = 'shippable' | 'all';

const SHIPPABLE: [name: string, file: string][] = [
  ['liu+', 'bias-lexicons/positive_liu2005.txt'],
  ['liu-', 'bias-lexicons/negative_liu2005.txt'],
  ['recasens', 'bias-lexicons/recasens2013_bias_lexicon.txt'],
  ['hedge', 'bias-lexicons/hedges_hyland2005.txt'],
  ['factive', 'bias-lexicons/factives_hooper1975.txt'],
  ['assertive', 'bias-lexicons/assertives_hooper1975.txt'],
  ['implicative', 'bias-lexicons/implicatives_karttunen1971.txt'],
  ['report', 'bias-lexicons/report_verbs.txt'],
];

interface MpqaClue {
  word: string;
  pos: string;
  type: string;
  prior_polarity: string;
}

/** Word → names of the lists it is on. Only one-word entries: the scorer works word by word. */
export function readPublicLists(choice: ListChoice): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const add = (word: string, name: string) => {
    if (/\s/.test(word)) return;
    const names = lists.get(word) ?? [];
    if (!names.includes(name)) names.push(name);
    lists.set(word, names);
  };
  for (const [name, file] of SHIPPABLE) for (const w of readWordList(file)) add(w, name);
  if (choice === 'all') {
    for (const w of readWordList('babe/bias_word_lexicon.txt')) add(w, 'babe');
    const file = path.join(corporaDir(), 'bias-lexicons/mpqa_subjectivity_clues.jsonl');
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const c = JSON.parse(line) as MpqaClue;
      const polarity = c.prior_polarity.slice(0, 3);
      add(c.word, `mpqa-${c.type.startsWith('strong') ? 's' : 'w'}-${polarity}-${c.pos}`);
    }
  }
  return lists;
}

/** The inverse map, list name → sorted words, for the model file (only words the model can use). */
export function listsForJson(lists: ReadonlyMap<string, readonly string[]>) {
  const byName: Record<string, string[]> = {};
  for (const [word, names] of lists)
    for (const n of names) {
      byName[n] ??= [];
      byName[n].push(word);
    }
  for (const words of Object.values(byName)) words.sort();
  return byName;
}
