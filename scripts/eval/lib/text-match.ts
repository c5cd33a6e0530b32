/**
 * Loose text comparison for the real-pages checks: NFKC, curly quotes and dashes to ASCII,
 * lower case, one space between words. Words are runs of letters and digits.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function words(text: string): string[] {
  return normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function ngrams(tokens: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '));
  return out;
}

/** The body's words and word 4-grams, built once per page. */
export interface BodyIndex {
  words: Set<string>;
  fourGrams: Set<string>;
}

export function indexBody(body: string): BodyIndex {
  const tokens = words(body);
  return { words: new Set(tokens), fourGrams: new Set(ngrams(tokens, 4)) };
}

/** Lines of fewer words than this are checked word by word (they have under 5 four-grams). */
const SHORT_LINE_WORDS = 8;
const FOUR_GRAM_SHARE = 0.9;

/**
 * Whether a line's text is part of the ground-truth body: at least 90% of its word 4-grams occur
 * in the body, or, for a line under 8 words, every one of its words does.
 */
export function foundInBody(line: string, body: BodyIndex): boolean {
  const tokens = words(line);
  if (tokens.length === 0) return true;
  if (tokens.length < SHORT_LINE_WORDS) return tokens.every((w) => body.words.has(w));
  const grams = ngrams(tokens, 4);
  const found = grams.filter((g) => body.fourGrams.has(g)).length;
  return found / grams.length >= FOUR_GRAM_SHARE;
}

/** Jaccard similarity of two lines' word sets. */
export function tokenJaccard(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}
