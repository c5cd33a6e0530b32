import type { DigestLineUnderTest } from './digest-line.js';

export type StandaloneProblem =
  | 'inside a quote'
  | 'starts lowercase'
  | 'needs the line before'
  | 'unbalanced quotes or brackets'
  | 'needs the line after';

// Pronouns and connectives that point back to a sentence the reader was not given.
const NEEDS_ANTECEDENT = new Set(
  [
    'he',
    'she',
    'it',
    'they',
    'this',
    'that',
    'these',
    'those',
    'his',
    'her',
    'its',
    'their',
    'him',
    'them',
    'such',
    'but',
    'and',
    'or',
    'so',
    'also',
    'however',
    'yet',
    'still',
    'nor',
    'neither',
    'instead',
    'then',
    'thus',
    'therefore',
    'moreover',
    'furthermore',
    'besides',
    'otherwise',
    'meanwhile',
    'nevertheless',
    'nonetheless',
    'likewise',
    'similarly',
    "that's",
    "it's",
    "he's",
    "she's",
    "they're",
    "there's",
  ].map((w) => w.replace(/'/g, '’')),
);

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

function unbalanced(text: string): boolean {
  if (count(text, /"/g) % 2 === 1) return true;
  if (count(text, /“/g) !== count(text, /”/g)) return true;
  if (count(text, /\(/g) !== count(text, /\)/g)) return true;
  return count(text, /\[/g) !== count(text, /\]/g);
}

/** A line that opens with a closing quote, or a quote mark followed by a lower-case word. */
function startsInsideQuote(text: string): boolean {
  return /^[”’]/.test(text) || /^["“‘'] ?\p{Ll}/u.test(text) || /^["“]\s/.test(text);
}

/** "This week, Patrick launched …": the time of writing, neither a pronoun nor a connective. */
const DEICTIC_TIME =
  /^(this|these|that) (year|week|month|morning|afternoon|evening|weekend|summer|spring|autumn|fall|winter|season|days)\b/i;

/**
 * "It's possible to display the buttons …", "It is likely that …": an "it" that stands for the
 * clause after it (extraposition), which the line itself holds.
 */
const ANTICIPATORY_IT =
  /^it(?:['’]s| is| was| will be)\s+(?:not\s+|now\s+|still\s+)?(?:easy|easier|hard|harder|difficult|possible|impossible|likely|unlikely|clear|unclear|important|necessary|true|obvious|time)(?:\s+than\s+ever)?\s+(?:to|that)\s/iu;

function firstWord(text: string): string {
  // Words inside an opening quote are the speaker's, so a quoted "It ..." is not counted here.
  const match = text.match(/^[\s(]*([\p{L}’']+)/u);
  return (match?.[1] ?? '').replace(/'/g, '’').toLowerCase();
}

/**
 * Why a digest line cannot be read on its own, or null. A pronoun or connective at the start is
 * fine when the line's source directly follows the previous line's source in the article.
 */
export function standaloneProblem(line: DigestLineUnderTest): StandaloneProblem | null {
  const text = line.text.trim();
  if (startsInsideQuote(text)) return 'inside a quote';
  if (/^\p{Ll}/u.test(text)) return 'starts lowercase';
  const pointsForward = DEICTIC_TIME.test(text) || ANTICIPATORY_IT.test(text);
  if (!line.followsPrevious && NEEDS_ANTECEDENT.has(firstWord(text)) && !pointsForward)
    return 'needs the line before';
  // "Because space travel is hard." with no main clause answers a question in the line before.
  if (!line.followsPrevious && /^because\b(?! of\b)[^,]*$/iu.test(text))
    return 'needs the line before';
  if (unbalanced(text)) return 'unbalanced quotes or brackets';
  // "… offered differing estimates of her net worth:" announces what the next line holds.
  if (/:["”’)]*$/.test(text)) return 'needs the line after';
  return null;
}
