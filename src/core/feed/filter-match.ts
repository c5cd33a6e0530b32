import { RE2JS } from 're2js';
import { type FilterTerm, parseFilterTerms, wordsOf } from './filter-terms.js';

export interface FilterLists {
  include: readonly FilterTerm[];
  exclude: readonly FilterTerm[];
}

export interface FilterableItem {
  title: string | null;
  summary: string | null;
}

export type ItemFilter = (item: FilterableItem) => boolean;

/** Title and summary are read up to this many characters: matching stays bounded per item. */
const MAX_MATCHED_CHARS = 20_000;

/**
 * The test an item must pass: it matches any include term (or there are none) and no exclude
 * term. Words and phrases match whole words, ignoring case; a regular expression runs on RE2.
 */
export function compileItemFilter(lists: FilterLists): ItemFilter {
  const include = lists.include.map(compileTerm);
  const exclude = lists.exclude.map(compileTerm);
  return (item) => {
    const text = `${item.title ?? ''}\n${item.summary ?? ''}`.slice(0, MAX_MATCHED_CHARS);
    const read = { text, words: wordsOf(text) };
    const included = include.length === 0 || include.some((matches) => matches(read));
    return included && !exclude.some((matches) => matches(read));
  };
}

type ReadText = { text: string; words: string[] };

function compileTerm(term: FilterTerm): (read: ReadText) => boolean {
  if ('regex' in term) {
    const pattern = RE2JS.compile(term.regex, RE2JS.CASE_INSENSITIVE);
    return (read) => pattern.matcher(read.text).find();
  }
  return (read) => containsRun(read.words, term.words);
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, i) => words[start + i] === word)) return true;
  }
  return false;
}

/**
 * The filter of a subscription from its stored lists (as `formatFilterTerms` wrote them), or
 * null when it has none, so that unfiltered channels skip the matching entirely.
 */
export function storedItemFilter(
  include: string | null,
  exclude: string | null,
): ItemFilter | null {
  if (!include && !exclude) return null;
  const lists = { include: storedTerms(include), exclude: storedTerms(exclude) };
  return compileItemFilter(lists);
}

function storedTerms(text: string | null): FilterTerm[] {
  if (!text) return [];
  const parsed = parseFilterTerms(text);
  return parsed.ok ? parsed.terms : [];
}
