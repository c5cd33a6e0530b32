import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaDir, readJsonl } from './corpora.js';

/**
 * Independent measures of how loaded a text is (corpora/README.md "Yardsticks"): read here only,
 * never by src/, and never used to pick engine terms.
 */
export interface Yardstick {
  name: string;
  has(token: string): boolean;
}

/** Whole tokens: letters and digits, with inner hyphens or apostrophes ("2-faced", "can't"). */
export function yardstickTokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
  );
}

function listFile(name: string): string[] {
  // The Hu & Liu files hold a few Latin-1 bytes; latin1 reads every byte as one character.
  return readFileSync(join(corporaDir(), 'bias-lexicons', name), 'latin1')
    .split(/\r?\n/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w && !w.startsWith(';') && !w.startsWith('#'));
}

/** Regular English inflections of a stem: -s, -es, -ed, -ing, e-dropping, y to i, a doubled consonant. */
function inflections(stem: string): string[] {
  const forms = [stem, `${stem}s`, `${stem}es`, `${stem}ed`, `${stem}d`, `${stem}ing`];
  if (stem.endsWith('e')) forms.push(`${stem.slice(0, -1)}ing`, `${stem.slice(0, -1)}ed`);
  if (/[^aeiou]y$/.test(stem)) forms.push(`${stem.slice(0, -1)}ies`, `${stem.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(stem)) {
    const last = stem.at(-1);
    forms.push(`${stem}${last}ed`, `${stem}${last}ing`);
  }
  return forms;
}

/**
 * Riloff & Wiebe 2003 strong subjectives: the MPQA clues of type strongsubj (the list file holds
 * exactly those words). MPQA marks 1,090 of them `stemmed`, meaning the entry matches any
 * inflection of it, so those also match their regular inflections; the rest match as written.
 */
export function riloffStrong(): Yardstick {
  const words = new Set(listFile('strong_subjectives_riloff2003.txt'));
  const clues = readJsonl<{ word: string; stemmed: boolean; type: string }>(
    'bias-lexicons/mpqa_subjectivity_clues.jsonl',
  );
  for (const clue of clues) {
    if (clue.type === 'strongsubj' && clue.stemmed && words.has(clue.word))
      for (const form of inflections(clue.word)) words.add(form);
  }
  return { name: 'Riloff & Wiebe strong subjectives', has: (t) => words.has(t) };
}

/** Hu & Liu 2004 opinion words, negative and positive together, matched as written. */
export function huLiuOpinion(): Yardstick {
  const words = new Set([...listFile('negative_liu2005.txt'), ...listFile('positive_liu2005.txt')]);
  return { name: 'Hu & Liu opinion words', has: (t) => words.has(t) };
}

/** Pooled density: yardstick tokens per 100 tokens over all the texts. */
export function densityPer100(yardstick: Yardstick, texts: readonly string[]): number {
  let hits = 0;
  let total = 0;
  for (const text of texts) {
    const tokens = yardstickTokens(text);
    total += tokens.length;
    hits += tokens.filter((t) => yardstick.has(t)).length;
  }
  return total ? (100 * hits) / total : 0;
}
