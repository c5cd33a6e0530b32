import type { Token } from '../text/text-model.js';
import { type Expressions, tokensInExpressions } from './expressions.js';
import { derivedAdverbs } from './lexical/morphology.js';
import { inSense, SENSES, type Sense } from './lexical/sense.js';
import type { LoadedModel } from './model/loaded-model.js';

/**
 * What kind of framing a lexicon term carries. `assertion` terms feed the opinion-as-fact note;
 * `frame` terms ("a testament to") only count when the phrase after them is evaluative;
 * every other category feeds the loaded-language note.
 */
export const LEXICON_CATEGORIES = [
  'praise',
  'disparagement',
  'intensifier',
  'emotive-verb',
  'label',
  'doubt',
  'assertion',
  'frame',
] as const;
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

/** The categories that are loaded wording; "assertion" and "frame" feed other notes. */
export const LOADED_CATEGORIES: readonly LexiconCategory[] = LEXICON_CATEGORIES.filter(
  (c) => c !== 'assertion' && c !== 'frame',
);

export interface LexiconEntry {
  /** One word or a phrase, lower case; hyphenated words match with or without split hyphens. */
  term: string;
  category: LexiconCategory;
  /** How loaded the term is, 0..1; notes are raised from a caller-chosen minimum. */
  weight: number;
  /** A neutral alternative, or "omit". */
  neutral: string;
  /** Where the entry was drafted from (recasens, liu, mpqa, wnc, judgement); review notes only. */
  source?: string;
  /** The word classes the term is loaded in ("woke" the adjective, not the verb); all if absent. */
  pos?: Sense[];
}

interface CompiledTerm {
  entry: LexiconEntry;
  words: string[];
}

export interface Lexicon {
  entries: readonly LexiconEntry[];
  /** Compiled terms keyed by their first word, longest first. */
  byFirst: ReadonlyMap<string, readonly CompiledTerm[]>;
  /** Terms of art and fixed phrases whose words are never matched on their own. */
  expressions?: Expressions;
  /** The shipped word scorer (config/model/), loaded with the lexicon. */
  model?: LoadedModel;
}

export interface LexiconMatch {
  entry: LexiconEntry;
  /** Index of the first matched token and one past the last. */
  firstToken: number;
  endToken: number;
}

/** Validates reviewed lexicon data (the parsed JSON of `config/lexicon.json`) and precompiles it. */
export function parseLexicon(json: unknown): Lexicon {
  const list = Array.isArray(json) ? json : (json as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) throw new Error('lexicon: expected an array of entries');
  const problems: string[] = [];
  const entries: LexiconEntry[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of list.entries()) {
    const problem = entryProblem(raw);
    const key = problem ? '' : `${raw.term}|${raw.category}`;
    if (problem) problems.push(`entry ${i}: ${problem}`);
    else if (seen.has(key)) problems.push(`entry ${i}: duplicate term "${raw.term}"`);
    else {
      seen.add(key);
      entries.push(raw as LexiconEntry);
    }
  }
  if (problems.length > 0) throw new Error(`lexicon: ${problems.join('; ')}`);
  return compileLexicon(entries);
}

/**
 * Builds the look-up maps for entries already known to be well formed, with the -ly adverbs of
 * their loaded adjectives (`derivedAdverbs`); `entries` stays the reviewed list.
 */
export function compileLexicon(entries: readonly LexiconEntry[]): Lexicon {
  const byFirst = new Map<string, CompiledTerm[]>();
  for (const entry of [...entries, ...derivedAdverbs(entries)]) {
    for (const words of termVariants(entry.term)) {
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ entry, words });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { entries, byFirst };
}

function entryProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return 'not an object';
  const e = raw as Record<string, unknown>;
  if (typeof e.term !== 'string' || e.term.trim() === '') return 'term must be a non-empty string';
  if (e.term !== e.term.toLowerCase().trim()) return `term "${e.term}" must be lower case, trimmed`;
  if (!LEXICON_CATEGORIES.includes(e.category as LexiconCategory)) {
    return `unknown category "${String(e.category)}"`;
  }
  if (typeof e.weight !== 'number' || !(e.weight >= 0 && e.weight <= 1))
    return 'weight not in 0..1';
  if (typeof e.neutral !== 'string' || e.neutral.trim() === '') return 'neutral must be a string';
  if (e.source !== undefined && typeof e.source !== 'string') return 'source must be a string';
  if (e.pos !== undefined && !isSenseList(e.pos))
    return `pos must list some of ${SENSES.join(', ')}`;
  return null;
}

function isSenseList(value: unknown): value is Sense[] {
  return (
    Array.isArray(value) && value.length > 0 && value.every((s) => SENSES.includes(s as Sense))
  );
}

/** "so-called" is read by the tokeniser either as one token or as "so", "-", "called". */
function termVariants(term: string): string[][] {
  const whole = term.split(/\s+/);
  const split = term.split(/\s+|(?=-)|(?<=-)/).filter((w) => w !== '');
  return split.length === whole.length ? [whole] : [whole, split];
}

/**
 * Verbs and nouns also match by lemma ("slammed" → "slam"), adjectives only in their graded
 * forms ("craziest" → "crazy"): other adjective lemmas can be a verb's ("disgraced" → "disgrace").
 */
function tokenMatches(token: Token, word: string): boolean {
  if (token.normal === word) return true;
  if (token.lemma !== word) return false;
  return (
    token.pos === 'VERB' ||
    token.pos === 'NOUN' ||
    (token.pos === 'ADJ' && GRADED.test(token.normal))
  );
}

const GRADED = /(?:er|est)$/;

/**
 * Finds lexicon terms in tokens[from, to) (one sentence), left to right, longest match first,
 * without overlaps, leaving out words of a reviewed expression and words used in a sense the
 * entry is not loaded in. Cost is one map look-up per token plus the few phrases it may start.
 */
export function matchLexicon(
  lexicon: Lexicon,
  tokens: readonly Token[],
  from = 0,
  to = tokens.length,
  fixed: readonly boolean[] = tokensInExpressions(lexicon.expressions, tokens, from, to),
): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  let i = from;
  while (i < to) {
    const found = fixed[i - from] ? null : longestAt(lexicon, tokens, i, to);
    if (found && fixed.slice(i - from, found.endToken - from).some(Boolean)) i++;
    else if (found && !inSense(found.entry.pos, tokens, i, from)) i++;
    else if (found) {
      matches.push(found);
      i = found.endToken;
    } else i++;
  }
  return matches;
}

function longestAt(lexicon: Lexicon, tokens: readonly Token[], i: number, to: number) {
  const token = tokens[i]!;
  const byForm = lexicon.byFirst.get(token.normal);
  const byLemma = token.lemma !== token.normal ? lexicon.byFirst.get(token.lemma) : undefined;
  if (!byForm && !byLemma) return null;
  const candidates = byForm && byLemma ? [...byForm, ...byLemma] : (byForm ?? byLemma)!;
  let best: LexiconMatch | null = null;
  for (const { entry, words } of candidates) {
    if (best && words.length <= best.endToken - best.firstToken) continue;
    if (i + words.length > to) continue;
    if (words.every((w, k) => tokenMatches(tokens[i + k]!, w))) {
      best = { entry, firstToken: i, endToken: i + words.length };
    }
  }
  return best;
}
