import type { Token } from '../text/text-model.js';
import { TIME_NOUNS } from '../text/word-tests.js';
import { DATE_WORDS } from './name-words.js';

const SKIPPABLE = /^(ADV|AUX|PART)$/;
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);
// "The agency will announce …", "she may say": words not yet said are not heard.
const UNREAL = new Set([
  'will',
  'would',
  'may',
  'might',
  'could',
  'should',
  'can',
  'must',
  "'ll",
  '’ll',
]);
const DAYS_AWAY = new Set(['yesterday', 'today', 'tonight']);
const MAX_BRACKETED = 8;

/**
 * Steps back from the word before a verb over what news copy puts between a subject and its
 * verb: adverbs and auxiliaries ("has also"), a party in brackets ("Hale (R-Ohio) announced"),
 * a day ("Ruiz on Tuesday night warned"). `at` is the token left, and `negated` whether a "not"
 * or a modal was stepped over ("Vega has not spoken", "the agency will announce": someone who
 * did not or has yet to speak is not heard).
 */
export function stepOverSubjectGap(
  tokens: readonly Token[],
  from: number,
  bound: number,
): { at: number; negated: boolean } {
  let k = from;
  let negated = false;
  for (let moved = true; moved && k >= bound; ) {
    const before = k;
    while (
      k >= bound &&
      SKIPPABLE.test(tokens[k]!.pos) &&
      !/^(to|’s|'s)$/.test(tokens[k]!.normal)
    ) {
      negated ||= NEGATIONS.has(tokens[k]!.normal) || UNREAL.has(tokens[k]!.normal);
      k--;
    }
    if (k >= bound && tokens[k]!.value === ')') k = openingBracket(tokens, k, bound) - 1;
    k = pastDay(tokens, k, bound);
    moved = k !== before;
  }
  return { at: k, negated };
}

function openingBracket(tokens: readonly Token[], close: number, bound: number): number {
  for (let k = close - 1; k >= Math.max(bound, close - MAX_BRACKETED); k--) {
    if (tokens[k]!.value === '(') return k;
  }
  return close + 1;
}

/** Before "on Tuesday night", "Friday", "yesterday"; else `k` itself. */
function pastDay(tokens: readonly Token[], k: number, bound: number): number {
  let at = k;
  if (at > bound && TIME_NOUNS.has(tokens[at]!.normal) && DATE_WORDS.has(tokens[at - 1]!.normal))
    at--;
  if (at < bound || !(DATE_WORDS.has(tokens[at]!.normal) || DAYS_AWAY.has(tokens[at]!.normal)))
    return k;
  at--;
  return at >= bound && tokens[at]!.normal === 'on' ? at - 1 : at;
}
