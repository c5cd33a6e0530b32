import { ENGLISH_STOP_WORDS } from '../summarize/language.js';
import { nameOf } from './entities.js';
import { sStem } from './stem.js';

// An acronym with stops ("U.S.") or a word with an optional clitic ("Trump's", "don't").
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

export interface StoryWords {
  /** Lower-cased, possessive-free, plural-folded content words, in order. */
  terms: string[];
  /** Named-entity words, normalised the same way (see nameOf). */
  names: Set<string>;
}

/** One pass over `text`: its content terms and its names. */
export function readStoryWords(text: string): StoryWords {
  const terms: string[] = [];
  const names = new Set<string>();
  WORD.lastIndex = 0;
  let previousEnd = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const raw = match[0];
    const name = nameOf(raw, text, previousEnd, match.index);
    previousEnd = match.index + raw.length;
    if (name) names.add(name);
    let word = raw.toLowerCase();
    // Possessive "Marlow's" -> "marlow"; other clitics ("don't") stay whole.
    const quote = word.length - 2;
    if (quote > 0 && word[quote + 1] === 's' && (word[quote] === "'" || word[quote] === '’')) {
      word = word.slice(0, quote);
    }
    if (word.length < 2 || ENGLISH_STOP_WORDS.has(word)) continue;
    terms.push(sStem(word));
  }
  return { terms, names };
}
