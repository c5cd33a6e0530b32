import type { Token } from '../../text/text-model.js';
import type { LexiconMatch } from '../lexicon.js';
import { type LoadedModel, vectorOf } from '../model/loaded-model.js';

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * 'so-called "next generation" machines', "so-called neo-banks", "the so-called chip wars",
 * "so-called type 2 responses": the writer introduces a term (quoted, hyphenated, of several
 * words, numbered, or a word too rare for the scorer's vocabulary) and doubts nothing.
 * "so-called experts" still doubts the experts.
 */
export function namesATerm(
  tokens: readonly Token[],
  m: LexiconMatch,
  model: Pick<LoadedModel, 'index'> | undefined,
): boolean {
  const next = tokens[m.endToken];
  if (m.entry.term !== 'so-called' || !next) return false;
  if (/^["“‘']$/u.test(next.value) || next.normal.includes('-')) return true;
  const after = tokens[m.endToken + 1];
  if (after?.pos === 'NUM' || after?.value === '-') return true;
  // A compound ("chip wars", "streaming wars") is a coined name; a sneer doubts one noun.
  if (NOMINAL.has(next.pos) && after?.pos === 'NOUN') return true;
  return model !== undefined && /^\p{Ll}+$/u.test(next.value) && vectorOf(model, next) < 0;
}

// Adverbs of repute: before an adjective they grade it ("famously corrupt"); elsewhere they
// say a thing is well known ("London famously has fought dirty air since the 14th century").
const REPUTE = new Set(['famously']);

/** True for an adverb of repute that grades no adjective. */
export function plainRepute(tokens: readonly Token[], m: LexiconMatch): boolean {
  if (!REPUTE.has(tokens[m.firstToken]!.normal)) return false;
  return tokens[m.endToken]?.pos !== 'ADJ';
}

// Verbs by which a thing meets others' reaction: "drew ridicule", "faced scorn", "sparked fury".
const MEETS = new Set('draw face attract invite earn spark provoke prompt meet receive'.split(' '));

/** "The slogan drew criticism and ridicule": an emotive noun naming others' reaction to a thing. */
export function namesAReaction(tokens: readonly Token[], m: LexiconMatch, sentenceStart: number) {
  if (m.entry.category !== 'emotive-verb' || tokens[m.firstToken]!.pos !== 'NOUN') return false;
  for (let k = m.firstToken - 1; k >= Math.max(sentenceStart, m.firstToken - 6); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return MEETS.has(t.lemma);
  }
  return false;
}
