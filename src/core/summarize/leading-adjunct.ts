import type { Sentence, TextDoc, Token } from '../text/text-model.js';

/**
 * Prepositions that open a circumstance the sentence happens beside ("Alongside the talks,",
 * "Amid the protests,", "Following the meeting,"), as opposed to one it is about.
 */
const PREPOSITIONS = new Set([
  'alongside',
  'amid',
  'amidst',
  'after',
  'following',
  'despite',
  'besides',
  'during',
]);
/** Determiners that make a definite description: it points at something said before. */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'its', 'their']);
/** Day and month names are the only capitals a bare back-reference may hold. */
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const MAX_ADJUNCT_WORDS = 10;

/**
 * One past the comma of a leading adjunct that is only a back-reference ("Alongside the
 * strategic discussions on Saturday, …"), or `from` when there is none. A definite description
 * made of common nouns names nothing new (Prince 1981: it refers to what the text has already
 * introduced), and a digest line is read without the sentence it points at; so the line may
 * leave it out, like a leading connective. An adjunct with a name, a number or a verb of its
 * own ("After the vote in Congress,", "After the team won,") says something, and stays.
 */
export function backReferenceAdjunctEnd(doc: TextDoc, sentence: Sentence, from: number): number {
  const { tokens } = doc;
  if (!PREPOSITIONS.has(tokens[from]?.normal ?? '')) return from;
  if (!DEFINITE.has(tokens[from + 1]?.normal ?? '')) return from;
  const limit = Math.min(sentence.endToken, from + MAX_ADJUNCT_WORDS + 1);
  for (let i = from + 2; i < limit; i++) {
    const token = tokens[i]!;
    if (token.value === ',') return i > from + 2 ? i + 1 : from;
    if (!plainWord(token)) return from;
  }
  return from;
}

function plainWord(token: Token): boolean {
  if (token.pos === 'PROPN') return CALENDAR.test(token.normal);
  return (
    ['DET', 'ADJ', 'NOUN', 'ADP', 'CCONJ', 'ADV'].includes(token.pos) && /^\p{L}/u.test(token.value)
  );
}
