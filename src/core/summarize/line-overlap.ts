import { ENGLISH_STOP_WORDS } from './language.js';

/** Content words of a line, lower-cased. */
export const contentWords = keepRecent((text: string): ReadonlySet<string> => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !ENGLISH_STOP_WORDS.has(w) && w.length > 1));
});

/**
 * A line that mostly repeats another (a quote given once with its attribution and once as a
 * fragment): most of the shorter line's content words are in the longer one.
 */
export function repeatsLine(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [short, long] = a.size <= b.size ? [a, b] : [b, a];
  if (short.size === 0) return false;
  let shared = 0;
  for (const word of short) if (long.has(word)) shared++;
  return shared / short.size >= 0.6;
}

/**
 * Two lines that share three runs of five words say one thing twice, even with different
 * wording around it ("… on a San Francisco Bay Area commuter train …" in an update and its lead).
 */
export function sharesLongRuns(a: string, b: string): boolean {
  const other = fiveWordRuns(b);
  let shared = 0;
  for (const run of fiveWordRuns(a)) if (other.has(run) && ++shared >= 3) return true;
  return false;
}

const fiveWordRuns = keepRecent((text: string): ReadonlySet<string> => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.slice(4).map((_, i) => words.slice(i, i + 5).join(' ')));
});

/**
 * `of`, remembering its last few answers. The digest compares every candidate line with every
 * line already chosen, so the same few lines would otherwise be split into words again and again.
 */
function keepRecent<T>(of: (text: string) => T, kept = 64): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    const known = recent.get(text);
    if (known !== undefined) return known;
    const answer = of(text);
    if (recent.size >= kept) recent.clear();
    recent.set(text, answer);
    return answer;
  };
}
