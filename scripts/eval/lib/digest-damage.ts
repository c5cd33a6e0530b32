import { insideCompound } from './compounds.js';
import type { DigestLineUnderTest } from './digest-line.js';
import { ngrams, tokenJaccard, words } from './text-match.js';

const REPEAT_JACCARD = 0.6;
// One or two shared 5-grams are often just a long name ("the New York State Attorney General").
const REPEAT_SHARED_FIVE_GRAMS = 3;

/**
 * Two lines of one digest say the same thing: they share three word 5-grams (a run of seven
 * words, or several shorter runs), or their word sets have a Jaccard similarity of at least 0.6.
 */
export function hasRepeatedContent(lines: readonly DigestLineUnderTest[]): boolean {
  const grams = lines.map((l) => new Set(ngrams(words(l.text), 5)));
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const shared = [...grams[i]!].filter((g) => grams[j]!.has(g)).length;
      if (shared >= REPEAT_SHARED_FIVE_GRAMS) return true;
      if (tokenJaccard(lines[i]!.text, lines[j]!.text) >= REPEAT_JACCARD) return true;
    }
  }
  return false;
}

/** Indexes of `a` that are part of a longest common subsequence with `b`. */
function keptIndexes(a: readonly string[], b: readonly string[]): Set<number> {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const kept = new Set<number>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      kept.add(i++);
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

export interface SwapDamage {
  doubledWords: string[];
  brokenCompounds: string[];
}

/**
 * Damage a word swap did to one line: a word doubled that was not doubled in the source
 * ("former former"), and source words inside a fixed expression (compounds.ts) that the line
 * changed or dropped. Source words are aligned with the line's words by longest common subsequence.
 */
export function swapDamage(line: DigestLineUnderTest): SwapDamage {
  const said = words(line.text);
  const source = words(line.source);
  const doubledInSource = new Set(
    source.filter((w, i) => source[i + 1] === w).map((w) => `${w} ${w}`),
  );
  const doubledWords = said
    .filter((w, i) => said[i + 1] === w && !/^\d+$/.test(w))
    .map((w) => `${w} ${w}`)
    .filter((pair) => !doubledInSource.has(pair));
  const kept = keptIndexes(source, said);
  const brokenCompounds = source.filter((_, i) => !kept.has(i) && insideCompound(source, i));
  return { doubledWords, brokenCompounds };
}
