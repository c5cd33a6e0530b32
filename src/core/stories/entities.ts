import { ENGLISH_STOP_WORDS } from '../summarize/language.js';
import { sStem } from './stem.js';

// Capitalised words that name nothing on their own: titles, days, and the generic half of
// names such as "Shasta County" or "Oregon Department of Forestry".
const NOT_NAMES = new Set(
  (
    'breaking exclusive opinion analysis watch update report news president sen rep gov dr ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'june july august september october november december county city state department ' +
    'ministry agency office university college school street road avenue river lake mount ' +
    'north south east west new national federal international party committee council'
  ).split(' '),
);
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}$/u;
const UPPER = /^\p{Lu}/u;
// What may stand between a sentence's final stop and its first word: spaces, quotes, brackets.
const OPENING_GAP = /^[\s"“‘'([]*$/u;

/**
 * The named-entity key of `word`, or null: capitalised words that do not open a sentence (or
 * that do, but run on into another capitalised word), and acronyms anywhere. A statistical
 * tagger (wink's PROPN) would cost milliseconds per article; capitalisation recovers most names
 * in edited English news at no cost (the cues of Mikheev 1999, "A knowledge-free method for
 * capitalized word disambiguation"). `previousEnd` is where the word before it ended. Keys are
 * lower-cased, stop-free and plural-folded, like content terms.
 */
export function nameOf(word: string, text: string, previousEnd: number, at: number): string | null {
  const first = word.charCodeAt(0);
  if (first < 65 || (first > 90 && (first < 128 || !UPPER.test(word)))) return null;
  const key = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[.'’-]/g, '');
  // "US" stays a name although "us" is a stop word; acronyms are not plural-folded.
  if (ACRONYM.test(word)) return key;
  // "Shasta County said": a capitalised word that opens a sentence still names something when
  // the next word is capitalised too (Mikheev's sequence cue).
  if (opensSentence(text, previousEnd, at) && !beforeCapitalised(text, at + word.length)) {
    return null;
  }
  if (key.length < 2 || ENGLISH_STOP_WORDS.has(key) || NOT_NAMES.has(key)) return null;
  return sStem(key);
}

function beforeCapitalised(text: string, end: number): boolean {
  return text[end] === ' ' && UPPER.test(text[end + 1] ?? '');
}

function opensSentence(text: string, previousEnd: number, at: number): boolean {
  if (previousEnd === 0) return OPENING_GAP.test(text.slice(0, at));
  const gap = text.slice(previousEnd, at);
  if (gap.includes('\n')) return true;
  const stop = gap.search(/[.!?:;—–]/);
  return stop >= 0 && OPENING_GAP.test(gap.slice(stop + 1));
}
