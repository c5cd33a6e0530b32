import type { Token } from '../text/text-model.js';
import { DATE_WORDS, TITLES } from './name-words.js';
import type { NameMention } from './names.js';

const NOUN_PHRASE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
// "A spokesman for Ann Lee said", "officials at the Pentagon said": the name behind these is
// the one heard through its spokesman; behind others it is not ("the physician to Ann Lee").
const ON_BEHALF = new Set(['for', 'at', 'from']);
const ALWAYS_OBJECT = new Set(['by', 'about', 'against', 'with']);
/** Nouns of documents, whose author is heard by them. */
export const DOCUMENTS: ReadonlySet<string> = new Set(
  'report study statement letter analysis survey review poll paper memo tally summary figures data'.split(
    ' ',
  ),
);

/** The first token of the noun phrase that ends just before `at` (titles included). */
function phraseStart(tokens: readonly Token[], at: number, from: number): number {
  let k = at;
  while (
    k - 1 >= from &&
    (NOUN_PHRASE_POS.has(tokens[k - 1]!.pos) || TITLES.has(tokens[k - 1]!.normal))
  )
    k--;
  return k;
}

/**
 * Whether the noun phrase around tokens[first] hangs off a common noun by a preposition, so is
 * not the subject: "The lawyer to actors Tim Byrne and Sara Cole has denied", "a complaint about
 * abuses by President Lee reported". Not "China's ambassador to Britain Liu Xiaming has said":
 * after a place, the name is the ambassador's.
 */
export function objectOfPreposition(
  tokens: readonly Token[],
  first: number,
  from: number,
): boolean {
  let k = phraseStart(tokens, first, from);
  let coordinated = false;
  while (k - 1 >= from && tokens[k - 1]!.pos === 'CCONJ') {
    coordinated = true;
    k = phraseStart(tokens, k - 1, from);
  }
  const preposition = tokens[k - 1];
  const owner = tokens[k - 2];
  if (preposition?.pos !== 'ADP' || ON_BEHALF.has(preposition.normal)) return false;
  if (owner?.pos !== 'NOUN' || !/^\p{Ll}/u.test(owner.value)) return false;
  // "a report by the agency's programme stated": the author of a document is heard by it.
  if (preposition.normal === 'by' && DOCUMENTS.has(owner.normal)) return false;
  if (ALWAYS_OBJECT.has(preposition.normal) || coordinated) return true;
  return tokens.slice(k, first).some((t) => t.pos === 'NOUN' && /^\p{Ll}/u.test(t.value));
}

/**
 * Whether a mention stands as a subject would: not right after a preposition or a verb ("sent to
 * Speaker Ann Lee", "to nominate Tom Price"), and not modifying a noun after it ("the Farm
 * Workers program").
 */
export function standsAsSubject(tokens: readonly Token[], m: NameMention, from: number): boolean {
  const after = tokens[m.endToken];
  if (after?.pos === 'NOUN' || after?.normal === '’s' || after?.normal === "'s") return false;
  return !followsPrepositionOrVerb(tokens, m.firstToken, from);
}

/** Whether the noun phrase around tokens[first] is the object of a preposition or a verb. */
export function followsPrepositionOrVerb(
  tokens: readonly Token[],
  first: number,
  from: number,
): boolean {
  const before = tokens[phraseStart(tokens, first, from) - 1];
  return (
    before !== undefined && (before.pos === 'ADP' || before.pos === 'VERB' || before.pos === 'AUX')
  );
}

/**
 * Whether a new clause with a subject of its own ("after Russia exposed a loophole", "the
 * office he occupies") starts in tokens[from, to): a name or pronoun right before a verb.
 */
export function opensClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const subject =
      (tokens[k]!.pos === 'PROPN' && !DATE_WORDS.has(tokens[k]!.normal)) ||
      tokens[k]!.pos === 'PRON';
    if (subject && tokens[k + 1]!.pos === 'VERB') return true;
  }
  return false;
}
