// Reads the VADER lexicon (Hutto & Gilbert 2014, MIT) as shipped by the devDependency
// vader-sentiment (Apache-2.0): about 7,500 words and emoticons, each rated for valence by ten
// people. Used only to draft lexicon candidates for review; nothing of it ships.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface VaderWord {
  word: string;
  /** Mean of ten raters' valence, -4 (most negative) to +4. */
  valence: number;
  spread: number;
}

/** The lexicon's rated words (emoticons and abbreviations with digits or symbols left out). */
export function readVader(): VaderWord[] {
  const file = createRequire(import.meta.url).resolve('vader-sentiment/vader_lexicon.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 3 && /^[a-z][a-z-]*$/.test(cols[0]!))
    .map(([word, valence, spread]) => ({ word: word!, valence: +valence!, spread: +spread! }));
}
