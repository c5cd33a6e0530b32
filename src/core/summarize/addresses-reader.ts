import type { TextDoc } from '../text/text-model.js';
import { datelineEnd } from './dateline.js';

/** Verbs a page uses to prompt its reader, which the tagger may read as nouns ("Book", "Check"). */
const PROMPTS = new Set(
  'book buy check click download examine explore follow get inspect join meet open order read share sign step subscribe tap try view visit watch'.split(
    ' ',
  ),
);
/**
 * What follows a prompt: its object or its particle ("Book your tickets", "Check out", "Sign up",
 * "Step through"; wink-nlp's normal form of "through" is "thru").
 */
const PROMPT_OBJECT = new Set([
  'your',
  'you',
  'the',
  'our',
  'this',
  'these',
  'it',
  'out',
  'up',
  'thru',
]);

/**
 * Whether the sentence opens on a verb in its base form with no subject: an imperative to the
 * reader ("Enter South Dakota to throw down the gauntlet.", "Remember New Jersey's quest …?",
 * "Book your tickets through KLOOK …"). A stage direction, a prompt or a promo, never news.
 */
export function opensOnImperative(doc: TextDoc, index: number): boolean {
  const sentence = doc.sentences[index]!;
  const { endToken } = sentence;
  const first = datelineEnd(doc, sentence);
  const token = doc.tokens[first];
  if (token === undefined) return false;
  const named = doc.tokens[first + 1]?.pos === 'PROPN' && hasFiniteVerb(doc, first + 1, endToken);
  if (named) return false;
  if (token.pos === 'VERB' && token.normal === token.lemma) return true;
  if (!PROMPTS.has(token.normal)) return false;
  const next = doc.tokens[first + 1];
  if (PROMPT_OBJECT.has(next?.normal ?? '')) return true;
  // "View and edit CSS styles …": two prompts joined ("Book and film sales" joins nouns).
  const paired = doc.tokens[first + 2];
  return next?.normal === 'and' && paired?.pos === 'VERB' && paired.normal === paired.lemma;
}

/**
 * "Stack Overflow published its analysis": a name, then a verb in a tense, means the first word
 * was part of the name (the tagger read "Stack" as a verb) and the sentence has a subject.
 */
function hasFiniteVerb(doc: TextDoc, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const t = doc.tokens[i]!;
    const verb = t.pos === 'VERB' || t.pos === 'AUX';
    if (verb && t.normal !== t.lemma && !t.normal.endsWith('ing')) return true;
  }
  return false;
}

/**
 * The page talking to its reader about itself: "For more information, please visit …", "All
 * that and more is below in the latest Lunch Break.", the writer's bio. Not the story.
 */
const PAGE_TALK = [
  /^for more (information|details)\b/i,
  // The writer's bio box: "Regan is a Southeastern Connecticut native now living in …".
  /^[\p{Lu}][\p{L}’'-]+ is an? [^.!?]{0,60}\bnative (now )?(living|based|who lives)\b/u,
  /\bplease (visit|contact|call|email|see)\b/i,
  /\b(is|are) (below|above)\b/i,
  // A shopping page's disclosures: "BGR may receive a commission on orders placed through …".
  // A news sentence about commissions ("advisers may earn a commission, the SEC said") is not.
  /\b(may|might|can) (earn|receive|get|make) (a )?(small )?(commission|affiliate)\b.*\b(through|via|from) (our|this|these|the links?)\b/i,
  /^prices (are )?(subject to change|accurate at)\b/i,
  // The reporter's note on the reporting, not news: "A rep for Braun did not immediately
  // respond to Fox News’ request for comment."
  /\b(did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t) (immediately )?(respond|reply|return)(ed)? to [^.!?]{0,60}\brequests? for comment\b/i,
  /\bcould not (immediately )?be reached for comment\b/i,
];

export function talksAboutThePage(text: string): boolean {
  return PAGE_TALK.some((pattern) => pattern.test(text));
}
