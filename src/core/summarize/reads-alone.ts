import { contentWords, repeatsLine, sharesLongRuns } from './line-overlap.js';
import type { NeutralSentence } from './neutralize-sentence.js';
import { standaloneProblem } from './standalone.js';

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
export const wordsIn = (text: string) => wordsOf(text).length;

/**
 * Clean and in the writer's own words (a swapped verb rewrites what the sentence says someone
 * did, and the rest of its framing stays: a line whose flagged words could be dropped wins),
 * readable without the article, and not saying again what a chosen line says.
 */
export function readsAlone(
  n: NeutralSentence,
  chosen: readonly string[],
  /** The line comes right after the line of its source's previous sentence: it may point back. */
  followsLineBefore = false,
): boolean {
  if (!n.clean || n.verbSwapped) return false;
  if (standaloneProblem(n.line.text, followsLineBefore) !== null) return false;
  const words = contentWords(n.line.text);
  return !chosen.some(
    (line) => repeatsLine(words, contentWords(line)) || sharesLongRuns(n.line.text, line),
  );
}

/**
 * The fallback when no line passes `readsAlone`: the line may keep a flagged word, repeat a
 * little or exclaim (a blog that ends every line on "!"), but it still may not ask, open mid-quote, point back at an unseen sentence or
 * stop mid-sentence ("It's because <The Palace> was part of the opening ceremony!").
 */
export function readsAloneAtAll(text: string, followsLineBefore: boolean): boolean {
  const problem = standaloneProblem(text, followsLineBefore);
  return problem === null || (problem === 'asks or exclaims' && !/\?["”’)]*$/.test(text.trim()));
}
