/**
 * The one form in which a digest line and its source are compared: lower case, straight quotes
 * and apostrophes, no thousands separators, number words up to ninety-nine as digits ("twenty-five" and
 * "25" are one number), single spaces. Numbers are then compared as values (numbersIn) and
 * quotations as runs of words (wordRun).
 */
export function normaliseForGuard(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(NUMBER_WORDS_RE, (words) => String(numberWordsValue(words)))
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

const UNITS = [
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen',
  'fifteen sixteen seventeen eighteen nineteen',
]
  .join(' ')
  .split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const DIGIT_WORDS = UNITS.slice(1, 10).join('|');
const NUMBER_WORDS_RE = new RegExp(
  `\\b(?:(?:${TENS.join('|')})(?:[- ](?:${DIGIT_WORDS}))?|${UNITS.join('|')})\\b`,
  'g',
);

/** "seven" -> 7, "twenty-five" -> 25. Scale words ("million") stay words on both sides. */
function numberWordsValue(words: string): number {
  const [tens = '', unit] = words.split(/[- ]/);
  const tensIndex = TENS.indexOf(tens);
  if (tensIndex < 0) return UNITS.indexOf(tens);
  return (tensIndex + 2) * 10 + (unit ? UNITS.indexOf(unit) : 0);
}

const NUMBER = /\d+(?:\.\d+)?/g;

/** The numbers of a normalised text as values: "1.50" and "1.5" are one number. */
export function numbersIn(normalised: string): string[] {
  return (normalised.match(NUMBER) ?? []).map((n) => String(Number(n)));
}

/** The words of a normalised text, joined by single spaces, for run-of-words look-ups. */
export function wordRun(normalised: string): string {
  return (normalised.match(/[\p{L}\p{N}]+(?:'\p{L}+)?/gu) ?? []).join(' ');
}

/**
 * The word runs of a quotation that must each occur in the source: a summary may shorten a quote
 * with an ellipsis, add an editor's [word], or join sentences the speaker said apart.
 */
export function quotedPieces(normalised: string): string[] {
  return normalised
    .split(/\.{3}|…|\[[^\]]*\]|[.!?;:](?=["'\s]|$)/)
    .map(wordRun)
    .filter((piece) => piece.length > 0);
}
