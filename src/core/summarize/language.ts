import type { TextDoc } from '../text/text-model.js';
import { hasLetterOrDigit } from '../text/word-tests.js';

/** Common English function words: the stop-word list for centrality and the language check. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each few for from ' +
    'further had has have having he her here hers herself him himself his how i if in into is it ' +
    'its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'out over own same she should so some such than that the their theirs them themselves then ' +
    'there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with would you your yours yourself yourselves said says say ' +
    "one two new s t ’s 's n't n’t mr mrs ms may might must shall us"
  ).split(' '),
);

/**
 * In running English prose, function words make up 40-55% of the words; in other languages
 * that use the Latin script the same list hits only a few homographs ("a", "in", "die" is not
 * even in it). A ratio under this threshold means "not English" (stop-word ratio heuristic,
 * as in Grefenstette 1995, "Comparing two language identification schemes").
 */
export const MIN_STOP_WORD_RATIO = 0.18;
/** Below this many words the ratio is too noisy to judge, and we assume English. */
export const MIN_WORDS_FOR_LANGUAGE_CHECK = 8;

export interface LanguageGuess {
  english: boolean;
  /** Tokens with a letter or digit. */
  words: number;
  stopWordRatio: number;
}

export function guessEnglish(doc: TextDoc): LanguageGuess {
  let words = 0;
  let stop = 0;
  for (const token of doc.tokens) {
    if (!hasLetterOrDigit(token.value)) continue;
    words++;
    if (ENGLISH_STOP_WORDS.has(token.normal)) stop++;
  }
  const stopWordRatio = words ? stop / words : 0;
  const english = words < MIN_WORDS_FOR_LANGUAGE_CHECK || stopWordRatio >= MIN_STOP_WORD_RATIO;
  return { english, words, stopWordRatio };
}
