import type { Token } from '../../text/text-model.js';
import type { Span } from '../../types.js';

/** Sorted, merged copy of the quoted spans, for quick "is this inside a quote" checks. */
export function normaliseSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** True when [start, end) lies inside one of the (normalised) spans: binary search. */
export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (end <= s) hi = mid - 1;
    else if (start >= e) lo = mid + 1;
    else return start >= s && end <= e;
  }
  return false;
}

const NEGATORS = new Set(['not', 'never', 'no', 'hardly', 'without', 'nor', 'neither']);

// Hyland (2005) hedges that, right before a cue, turn an assertion into a stated possibility.
const HEDGES = new Set([
  'may',
  'might',
  'could',
  'perhaps',
  'possibly',
  'arguably',
  'probably',
  'likely',
  'seemingly',
  'apparently',
  'allegedly',
]);

function lookBack(
  tokens: readonly Token[],
  at: number,
  floor: number,
  n: number,
  set: Set<string>,
) {
  for (let k = at - 1; k >= Math.max(floor, at - n); k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.normal !== '-') return false;
    if (set.has(t.normal)) return true;
  }
  return false;
}

/** A negator within three words before token `at`, in the same clause ("not a bold move"). */
export function isNegated(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  return lookBack(tokens, at, sentenceStart, 3, NEGATORS);
}

/** A hedge directly before token `at` (two words): "arguably a testament to". */
export function isHedged(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  return lookBack(tokens, at, sentenceStart, 2, HEDGES);
}

/**
 * "I wrote a long rant about this last year", "my screed on Tuesday": the writer naming a piece
 * of their own, self-mockingly, disparages nobody. True when the word at `at` is preceded, past
 * its adjectives, by "my", or by "a"/"an"/"this" after "I wrote", "I posted", "I went on".
 */
export function namesOwnWriting(tokens: readonly Token[], at: number, sentenceStart: number) {
  let k = at - 1;
  while (k > sentenceStart && tokens[k]!.pos === 'ADJ' && at - k <= 2) k--;
  const before = tokens[k];
  if (k < sentenceStart || !before) return false;
  if (before.normal === 'my') return true;
  if (!/^(a|an|this)$/.test(before.normal)) return false;
  let verb = k - 1;
  if (tokens[verb]?.pos === 'ADP') verb--;
  return verb > sentenceStart && tokens[verb]!.pos === 'VERB' && tokens[verb - 1]!.normal === 'i';
}
