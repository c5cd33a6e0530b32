import { RE2JS } from 're2js';

/** One filter term: whole words (one or several, as a phrase) or a regular expression. */
export type FilterTerm = { words: string[] } | { regex: string };

export type ParsedTerms = { ok: true; terms: FilterTerm[] } | { ok: false; error: string };

export const MAX_TERMS_TEXT = 500;
export const MAX_TERMS = 20;
export const MAX_TERM_LENGTH = 100;

/** Letters, marks and digits: what counts as a word on both sides of a match. */
const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

export function wordsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(wordPattern) ?? [];
}

/**
 * Reads what a person typed as filter terms: `budget, "city council", /bridge(s)?/`. Commas
 * separate terms except inside quotes or slashes; regular expressions are compiled with RE2
 * (linear time, no backtracking), so an untrusted pattern cannot freeze the bot.
 */
export function parseFilterTerms(text: string): ParsedTerms {
  if (text.length > MAX_TERMS_TEXT) {
    return fail(`Filter terms can be at most ${MAX_TERMS_TEXT} characters in all.`);
  }
  const pieces = splitTerms(text.trim());
  if (!pieces.ok) return pieces;
  if (pieces.terms.length > MAX_TERMS) return fail(`At most ${MAX_TERMS} filter terms per list.`);
  const terms: FilterTerm[] = [];
  for (const piece of pieces.terms) {
    const term = readTerm(piece);
    if ('error' in term) return fail(term.error);
    terms.push(term);
  }
  return { ok: true, terms };
}

function fail(error: string): ParsedTerms {
  return { ok: false, error };
}

function splitTerms(text: string): { ok: true; terms: string[] } | { ok: false; error: string } {
  const terms: string[] = [];
  let current = '';
  let closer: string | null = null;
  let escaped = false;
  for (const char of text) {
    if (closer !== null) {
      current += char;
      if (escaped) escaped = false;
      else if (char === '\\' && closer === '/') escaped = true;
      else if (char === closer) closer = null;
    } else if (char === ',') {
      terms.push(current);
      current = '';
    } else {
      if ((char === '"' || char === '/') && current.trim() === '') closer = char;
      current += char;
    }
  }
  if (closer !== null) {
    const what = closer === '"' ? 'a quote (")' : 'a regular expression (/…/)';
    return { ok: false, error: `The filter terms open ${what} that never closes.` };
  }
  terms.push(current);
  return { ok: true, terms: terms.map((t) => t.trim()).filter((t) => t !== '') };
}

function readTerm(piece: string): FilterTerm | { error: string } {
  if (piece.length > MAX_TERM_LENGTH) {
    return { error: `A filter term can be at most ${MAX_TERM_LENGTH} characters.` };
  }
  if (piece.length > 1 && piece.startsWith('/')) return readRegex(piece);
  const quoted = piece.startsWith('"');
  if (quoted && !piece.endsWith('"')) {
    return { error: `Put commas between terms: ${piece} has text after its closing quote.` };
  }
  const words = wordsOf(quoted ? piece.slice(1, -1) : piece);
  if (words.length === 0) return { error: `The filter term ${piece} has no letters or digits.` };
  return { words };
}

function readRegex(piece: string): FilterTerm | { error: string } {
  if (!piece.endsWith('/')) {
    return { error: `Put commas between terms: ${piece} has text after its closing /.` };
  }
  const source = piece.slice(1, -1);
  try {
    RE2JS.compile(source);
  } catch (error) {
    return { error: `The regular expression /${source}/ is not valid: ${reason(error)}.` };
  }
  return { regex: source };
}

function reason(error: unknown): string {
  return String((error as Error).message ?? error).replace(/^error parsing regexp: /, '');
}

/** Terms the way `feeds list` shows them and the store keeps them: parseable again as typed. */
export function formatFilterTerms(terms: readonly FilterTerm[]): string {
  return terms
    .map((term) =>
      'regex' in term
        ? `/${term.regex}/`
        : term.words.length > 1
          ? `"${term.words.join(' ')}"`
          : term.words[0],
    )
    .join(', ');
}
