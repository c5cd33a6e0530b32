import type { Token } from '../text/text-model.js';

export const PASSIVE: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'been',
  'being',
  'be',
]);

/**
 * Whether a reporting verb reports words here: not "responded by hitting" or "reporting by" (a
 * credit), not "agreed to return", not "maintained a lead".
 */
export function reportsSpeech(tokens: readonly Token[], verb: number): boolean {
  const next = tokens[verb + 1];
  if (!next) return true;
  if (next.normal === 'by') return false;
  // "must answer in writing": the -ing form after "in" is a manner, not words reported.
  if (tokens[verb - 1]?.normal === 'in' && tokens[verb]!.normal.endsWith('ing')) return false;
  const lemma = tokens[verb]!.lemma;
  if (lemma === 'agree' && next.normal === 'to') return false;
  // "added to his collection" and "added 20 points" are deeds; "Acme is said to be a supplier"
  // hears nobody.
  if (lemma === 'add' && (next.normal === 'to' || next.pos === 'NUM')) return false;
  if (next.normal === 'to' && PASSIVE.has(tokens[verb - 1]?.normal ?? '')) return false;
  // "He was asked about it", "she was told", "the government has been accused": the one asked,
  // told or accused is not the one heard.
  const passive =
    PASSIVE.has(tokens[verb - 1]?.normal ?? '') && !tokens[verb]!.normal.endsWith('ing');
  if (passive && (lemma === 'ask' || lemma === 'tell' || /(ed|en)$/.test(tokens[verb]!.normal)))
    return false;
  if (lemma === 'ask' && asksSomeoneToAct(tokens, verb)) return false;
  return !(lemma === 'maintain' && next.pos === 'DET');
}

/**
 * "spends his pay on stuff he posts.": a pronoun and a verb right after a noun, ending the
 * sentence, are a relative clause about the noun ("stuff that he posts"), not words reported.
 */
export function closesRelativeClause(
  tokens: readonly Token[],
  pronoun: number,
  verb: number,
): boolean {
  const after = tokens[verb + 1];
  return (
    verb === pronoun + 1 &&
    tokens[pronoun - 1]?.pos === 'NOUN' &&
    (after === undefined || /^[.!?]$/.test(after.value))
  );
}

const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);

/** "asked the company to unwind the deal": a request for a deed, not words heard. */
function asksSomeoneToAct(tokens: readonly Token[], verb: number): boolean {
  let k = verb + 1;
  while (k < verb + 6 && tokens[k] && OBJECT_POS.has(tokens[k]!.pos)) k++;
  return k > verb + 1 && tokens[k]?.normal === 'to' && tokens[k + 1]?.pos === 'VERB';
}

/** "Cook told Benioff": after "told" comes the one who listens, never the speaker. */
export function namesListener(token: Token): boolean {
  return token.lemma === 'tell';
}
