import { normalise, words } from './text-match.js';

/** Capitalised words that start a clause or a quote rather than name anyone. */
const NOT_NAMES = new Set(
  'i a an the this that these those it he she they we you his her their our my but and or so if in on at as for of to by with from after before when while what who why how'.split(
    ' ',
  ),
);
const MIN_PARAGRAPH_WORDS = 8;
/** Ends on a stop, maybe inside a quote or a bracket: prose, not a caption credit or a label. */
const ENDS_LIKE_PROSE = /[.!?…]["”’')\]]*$/;
/**
 * Where the copy was filed, which the issue asks the digest to leave out: "NEW YORK (Reuters) -",
 * "HAYWARD, Calif. (AP) —", "CLEVELAND, Ohio –", "PanARMENIAN.Net -", "April 17, 2015 --",
 * "(Reuters) —", and "Washington, DC, United States: " (places with a comma, then a colon).
 */
const DATELINE =
  /^(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:, \d{4})?|[\p{Lu}][\p{Lu}.'’ -]+(?:, [\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)*)?(?: \([^)]{1,40}\))?|\([^)]{1,40}\)|[\p{L}\p{N}-]+(?:\.\p{L}{2,})+) (?:--|[-–—]) |[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)*(?:, [\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)*)+: )/u;

/**
 * The body's lede: its first paragraph of prose (at least 8 words, ending on a stop, so the
 * photo credit, byline or headline a ground-truth body opens with is passed over), without its
 * dateline. When no paragraph qualifies, the first of 8 words or more.
 */
export function firstParagraph(body: string): string {
  const paragraphs = body.split(/\n+/).map((p) => p.trim());
  const long = (p: string) => words(p).length >= MIN_PARAGRAPH_WORDS;
  const lede =
    paragraphs.find((p) => long(p) && ENDS_LIKE_PROSE.test(p)) ??
    paragraphs.find(long) ??
    paragraphs[0] ??
    '';
  // A ground-truth body may run a stop into the next sentence ("… on Wednesday.The stabbing"):
  // the space goes back, for every system alike, so "Wednesday" is a name and not "wednesday.the".
  return lede.replace(DATELINE, '').replace(/(\p{Ll})\.(\p{Lu}\p{Ll})/gu, '$1. $2');
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.,'’&-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** A short word written with a full stop ("Gov.", "Nov.", "U.S."): a title or abbreviation. */
function isAbbreviation(word: string, after: string): boolean {
  return after.startsWith('.') && (word.length <= 4 || word.includes('.'));
}

/**
 * The facts a lede carries: names (runs of capitalised words that do not start a sentence, do
 * not follow a quote mark or colon, are not a function word, a single letter or an abbreviation
 * such as "Gov.") and numbers (tokens with a digit, commas dropped). Each is returned once,
 * normalised. A sentence starts after . ! or ? unless the word before is an abbreviation.
 */
export function ledeFacts(paragraph: string): { names: string[]; numbers: string[] } {
  const names = new Set<string>();
  const numbers = new Set<string>();
  let run: string[] = [];
  const flush = () => {
    if (run.length) names.add(normalise(run.join(' ')));
    run = [];
  };
  let sentenceStart = true;
  for (const m of paragraph.matchAll(TOKEN)) {
    const word = m[0];
    const after = paragraph.slice(m.index + word.length, m.index + word.length + 1);
    const before = paragraph.slice(0, m.index).trimEnd().slice(-1);
    if (/\d/.test(word)) numbers.add(word.replace(/,/g, '').replace(/\.$/, ''));
    const abbreviation = isAbbreviation(word, after);
    const nameLike =
      /^\p{Lu}/u.test(word) &&
      word.length > 1 &&
      !abbreviation &&
      !NOT_NAMES.has(word.toLowerCase().split(/['’]/)[0]!) &&
      !sentenceStart &&
      !/["“‘:(]/.test(before);
    if (nameLike) run.push(word.replace(/[’']s$/, ''));
    else flush();
    const rest = paragraph.slice(m.index + word.length).match(/^[^\p{L}\p{N}]*/u)![0];
    sentenceStart = /[.!?]/.test(rest) && !abbreviation;
  }
  flush();
  return { names: [...names], numbers: [...numbers] };
}

function hasPhrase(haystack: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(haystack);
}

/**
 * The lede's facts a digest does not state: a name counts as stated when the digest has it whole
 * or, for a multi-word name, its last word (a surname on second mention); a number when it appears.
 */
export function missedFacts(
  facts: { names: string[]; numbers: string[] },
  digest: string,
): string[] {
  const text = normalise(digest).replace(/(\d),(\d)/g, '$1$2');
  const nameHit = (name: string) =>
    hasPhrase(text, name) || (name.includes(' ') && hasPhrase(text, name.split(' ').at(-1)!));
  return [
    ...facts.names.filter((name) => !nameHit(name)),
    ...facts.numbers.filter((n) => !hasPhrase(text, n)),
  ];
}

/** How many of the lede's facts a digest states (see missedFacts). */
export function coveredFacts(
  facts: { names: string[]; numbers: string[] },
  digest: string,
): { covered: number; total: number } {
  const total = facts.names.length + facts.numbers.length;
  return { covered: total - missedFacts(facts, digest).length, total };
}
