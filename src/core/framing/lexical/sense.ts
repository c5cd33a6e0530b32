import type { Token } from '../../text/text-model.js';
import { POSSESSIVE_PRONOUNS, TIME_NOUNS } from '../../text/word-tests.js';

/** The word classes a lexicon entry can be restricted to (`pos` in config/lexicon.json). */
export const SENSES = ['ADJ', 'NOUN', 'VERB', 'ADV'] as const;
export type Sense = (typeof SENSES)[number];

const DEGREE = new Set(['so', 'too', 'very', 'more', 'most', 'less', 'least', 'how', 'as']);
const SUBJECT_POS = new Set(['PRON', 'NOUN', 'PROPN']);

/**
 * The word class a token is used in. wink tags "woke" as a verb even in "the woke mob", so a
 * verb tag is read as an adjective where only an adjective fits: after a determiner, a degree
 * word or a copula ("the woke", "so woke", "is woke"), or before a noun with no subject in front
 * ("Woke activists"). "She woke up" keeps its verb reading: a subject stands right before it.
 */
export function senseOf(tokens: readonly Token[], i: number, sentenceStart: number): Sense | null {
  const token = tokens[i]!;
  if (token.pos === 'ADJ') return takesObject(tokens, i) ? 'VERB' : 'ADJ';
  if (token.pos === 'ADV') return 'ADV';
  if (token.pos === 'NOUN' || token.pos === 'PROPN') return 'NOUN';
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return null;
  const prev = i > sentenceStart ? tokens[i - 1]! : null;
  if (prev && isVerbForm(token, prev)) return 'VERB';
  const next = tokens[i + 1];
  if (prev && (prev.pos === 'DET' || DEGREE.has(prev.normal))) return 'ADJ';
  if (prev && /^(is|are|was|were|be|been|being|seem|seems|seemed|become|became)$/.test(prev.normal))
    return 'ADJ';
  const beforeNoun = next !== undefined && /^(NOUN|PROPN|ADJ)$/.test(next.pos);
  if (beforeNoun && prev && participleClause(tokens, i, sentenceStart)) return 'VERB';
  if (beforeNoun && (!prev || !SUBJECT_POS.has(prev.pos))) return 'ADJ';
  return 'VERB';
}

// Object pronouns and possessives, which wink tags PRON: "troubling him", "charming his way".
const OBJECT_OPENERS = new Set([
  'me',
  'him',
  'her',
  'us',
  'them',
  'it',
  'his',
  'its',
  'their',
  'my',
  'our',
  'your',
]);

/**
 * wink tags some -ing participles as adjectives ("charged with disturbing the peace", "kept
 * troubling him"); an adjective is never followed by a determiner, an object pronoun or a
 * possessive, a verb is.
 */
function takesObject(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !tokens[i]!.normal.endsWith('ing')) return false;
  // "The figures are troubling this year": a time phrase after it is an adverb, not an object.
  if (TIME_NOUNS.has(tokens[i + 2]?.normal ?? '')) return false;
  return next.pos === 'DET' || OBJECT_OPENERS.has(next.normal);
}

/**
 * "Claude premiered his neon lights in 1910, captivating visitors with 40-foot tubes": an -ing
 * form after a comma that closes a clause with its own verb, and not followed by more items of a
 * list, opens a participial clause, and the noun after it is its object.
 */
function participleClause(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  const token = tokens[i]!;
  if (tokens[i - 1]!.value !== ',' || !token.normal.endsWith('ing') || token.lemma === token.normal)
    return false;
  // "quiet rooms, captivating murals and a cafe" is a list: its items go on after a comma or "and".
  for (let k = i + 1; k < tokens.length && !/^[.!?;]$/.test(tokens[k]!.value); k++) {
    if (tokens[k]!.value === ',' || tokens[k]!.pos === 'CCONJ') return false;
  }
  for (let k = i - 2; k >= sentenceStart && tokens[k]!.value !== ','; k--) {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  }
  return false;
}

/**
 * "failed to perfect", "at perfecting its design": after the infinitive "to", or an -ing form of
 * the lemma after a preposition, a verb-tagged word is the verb whatever follows it.
 */
function isVerbForm(token: Token, prev: Token): boolean {
  if (prev.normal === 'to' && token.normal === token.lemma) return true;
  return prev.pos === 'ADP' && token.normal.endsWith('ing') && token.lemma !== token.normal;
}

/** True when the term at token `i` is used in one of the senses it is loaded in. */
export function inSense(
  senses: readonly Sense[] | undefined,
  tokens: readonly Token[],
  i: number,
  sentenceStart: number,
): boolean {
  if (!senses) return true;
  if (senses.includes('ADJ') && modifiesNoun(tokens, i)) return true;
  const sense = senseOf(tokens, i, sentenceStart);
  return sense !== null && senses.includes(sense);
}

/**
 * wink tags some adjectives before a noun as nouns ("incendiary remarks"): a word in its base
 * form right before a noun fills an adjective's slot. A plural ("incendiaries") is a noun, and
 * an -ing form is read by `senseOf` ("damning others").
 */
function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'NOUN' || token.normal !== token.lemma || token.normal.endsWith('ing'))
    return false;
  return tokens[i + 1]?.pos === 'NOUN';
}

const SUBJECTS = new Set(['i', 'you', 'he', 'she', 'we', 'they']);
const isVerbal = (token: Token) => token.pos === 'VERB' || token.pos === 'AUX';
const beforeOwnerS = (tokens: readonly Token[], k: number) =>
  tokens[k + 1]?.pos === 'PART' && /^['’]s$/.test(tokens[k + 1]!.normal);

/**
 * A doubt verb casts doubt only on a statement: "claims (that) the vote was rigged", "insisted
 * he was happy". With a plain object it means something else: "claim the gold medal",
 * "claimed victory", "claimed his body", "claimed Ford's body", "claim it yourself", "insisted on
 * delaying".
 */
export function introducesStatement(tokens: readonly Token[], i: number, end: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.normal === 'on') return false;
  if (next.normal === 'that' || next.normal === 'to' || SUBJECTS.has(next.normal)) return true;
  if (POSSESSIVE_PRONOUNS.has(next.normal)) return possessedSubject(tokens, i + 1, end);
  for (let k = i + 1; k < Math.min(end, i + 5); k++) {
    const token = tokens[k]!;
    if (token.pos === 'PUNCT') return false;
    // wink tags some names before "'s" as verbs: "Ford's body" is a noun phrase.
    if (isVerbal(token) && !beforeOwnerS(tokens, k)) return true;
  }
  return false;
}

/**
 * After "claimed his": "his attack on Labour was a stunt" and "his fellow front-row colleagues
 * have nothing to fear" are statements; "his seat in the House after challenging the incumbent",
 * "his third title, and…" and "his remains from the morgue" (wink tags "remains" a verb) are
 * things taken. A statement needs a finite verb before the clause ends.
 */
function possessedSubject(tokens: readonly Token[], owner: number, end: number): boolean {
  for (let k = owner + 2; k < Math.min(end, owner + 15); k++) {
    const token = tokens[k]!;
    if (token.pos === 'PUNCT' && !/^[-'‘’"“”]$/u.test(token.value)) return false;
    if (token.pos === 'SCONJ' || CLAUSE_OPENERS.has(token.normal)) return false;
    if (isVerbal(token) && finiteVerb(tokens, k)) return true;
  }
  return false;
}

const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'while', 'after', 'before', 'since']);

/** Not "after challenging", "to win", nor a noun before "'s". */
function finiteVerb(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]!;
  if (prev.pos === 'ADP' || prev.normal === 'to' || beforeOwnerS(tokens, k)) return false;
  return tokens[k]!.pos === 'AUX' || !tokens[k]!.normal.endsWith('ing');
}
