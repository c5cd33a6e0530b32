import type { Token } from '../text/text-model.js';
import { hasLetterOrDigit, isVerb, POSSESSIVE_PRONOUNS } from '../text/word-tests.js';

// What may stand before a premodifier: "the", "Warren's", "his", "of", a number, nothing, or a
// verb; not a modifier, as a noun after one may be half of a fixed expression ("natural disaster").
const BEFORE_PREMODIFIER = new Set(['DET', 'PART', 'ADP', 'NUM']);

/**
 * A flagged word the tagger read as a noun or verb where only a modifier fits: after a
 * determiner, a possessive or nothing, and before the noun phrase it describes ("a crackpot
 * conspiracy theory", "the eye-popping topline figure", "Disgraced former director …"). Like an
 * adjective, it can go, or take a neutral word, and the phrase still names the same thing.
 */
export function inPremodifierSlot(
  tokens: readonly Token[],
  [a, b]: [number, number],
  first: number,
): boolean {
  const next = tokens[b];
  // An adjective or adverb the tagger read as one was weighed by modifierDroppable already.
  if (['ADJ', 'ADV'].includes(tokens[b - 1]!.pos)) return false;
  if (!next || !['NOUN', 'PROPN', 'ADJ'].includes(next.pos)) return false;
  // The phrase must go on to the noun it describes: in "drew ridicule online on Monday" the
  // "adjective" after the flagged word ends nothing, and the flagged word is the object itself.
  let head = b;
  while (tokens[head]?.pos === 'ADJ') head++;
  if (!['NOUN', 'PROPN'].includes(tokens[head]?.pos ?? '')) return false;
  if (tokens.slice(a, b).some((t) => !isWord(t) && !/^[-‐]$/.test(t.value))) return false;
  if (a === first) return true;
  const before = tokens[a - 1]!;
  // "providing shoddy training": a noun-tagged word between a verb and its object's noun.
  const afterVerb = isVerb(before) && !isVerb(tokens[b - 1]!);
  return afterVerb || BEFORE_PREMODIFIER.has(before.pos) || POSSESSIVE_PRONOUNS.has(before.normal);
}

const isWord = (t: Token) => hasLetterOrDigit(t.value);
