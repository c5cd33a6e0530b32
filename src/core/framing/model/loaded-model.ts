import type { TextDoc, Token } from '../../text/text-model.js';
import type { Span } from '../../types.js';
import type { Lexicon } from '../lexicon.js';
import { type Candidate, findCandidates, type WordLists, wordFeatures } from './features.js';

/**
 * A logistic-regression word scorer: P(word is loaded, in the writer's voice) from the reviewed
 * lexicon, public word lists, the word itself and its neighbours. Weights are fitted by
 * `scripts/lexicon/build-model.ts`; the figures it earns are the cross-validated ones in the eval.
 */
export interface LoadedModel {
  /**
   * A sentence gets loaded-language notes only when one of its words reaches this probability;
   * then every word of it at or above `wordThreshold` is reported. Both are chosen inside the
   * training folds: the gate holds false alarms on neutral sentences down, the word threshold
   * sets how much of a loaded sentence is pointed at.
   */
  threshold: number;
  wordThreshold: number;
  bias: number;
  weights: ReadonlyMap<string, number>;
  lists: WordLists;
  /** Neutral alternatives for words outside the lexicon (from Wikipedia NPOV edits). */
  neutral: ReadonlyMap<string, string>;
  /** Word-only part of the score, memoised per word and tag (a few thousand entries at most). */
  wordCache: Map<string, Map<string, number>>;
  /** The context weights regrouped by feature family, filled on first use (see `compiled`). */
  context?: ContextWeights;
}

/** `contextFeatures` weights in look-up tables keyed by strings the tokens already hold. */
interface ContextWeights {
  lists: WordLists;
  lexCategory: Map<string, number>;
  lexWeight: Map<string, number>;
  flag: Record<'phrase' | 'none' | 'neg' | 'first' | 'cap' | 'scare', number>;
  /** Keyed by the two tags of the feature ("pp:DET&ADJ" → DET → ADJ). */
  prevPos: Map<string, Map<string, number>>;
  nextPos: Map<string, Map<string, number>>;
  prevWord: Map<string, number>;
  nextWord: Map<string, number>;
  prevList: Map<string, number>;
}

export interface ScoredCandidate extends Candidate {
  probability: number;
}

const MAX_CACHE = 50_000;

/** Validates a learned model (as `scripts/lexicon/learned-model.ts` builds it) and compiles it. */
export function parseLoadedModel(json: unknown): LoadedModel {
  const raw = json as Record<string, unknown> | null;
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null) throw new Error('loaded model: expected an object');
  if (typeof raw.threshold !== 'number' || !(raw.threshold > 0 && raw.threshold < 1))
    problems.push('threshold must be a number in (0, 1)');
  const wordThreshold = raw.wordThreshold ?? raw.threshold;
  if (
    typeof wordThreshold !== 'number' ||
    !(wordThreshold > 0 && wordThreshold <= (raw.threshold as number))
  )
    problems.push('wordThreshold must be a number in (0, threshold]');
  if (typeof raw.bias !== 'number') problems.push('bias must be a number');
  const weights = numberMap(raw.weights, 'weights', problems);
  const lists = new Map<string, string[]>();
  for (const [name, words] of Object.entries(objectOf(raw.lists, 'lists', problems))) {
    if (!Array.isArray(words) || words.some((w) => typeof w !== 'string'))
      problems.push(`lists.${name} must be an array of words`);
    else for (const w of words as string[]) lists.set(w, [...(lists.get(w) ?? []), name]);
  }
  const neutral = new Map<string, string>();
  for (const [word, alt] of Object.entries(objectOf(raw.neutral ?? {}, 'neutral', problems))) {
    if (typeof alt !== 'string' || alt.trim() === '') problems.push(`neutral.${word} not a string`);
    else neutral.set(word, alt);
  }
  if (problems.length > 0) throw new Error(`loaded model: ${problems.join('; ')}`);
  return {
    threshold: raw.threshold as number,
    wordThreshold: wordThreshold as number,
    bias: raw.bias as number,
    weights,
    lists,
    neutral,
    wordCache: new Map(),
  };
}

function objectOf(value: unknown, name: string, problems: string[]): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  problems.push(`${name} must be an object`);
  return {};
}

function numberMap(value: unknown, name: string, problems: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [key, w] of Object.entries(objectOf(value, name, problems))) {
    if (typeof w !== 'number' || !Number.isFinite(w)) problems.push(`${name}.${key} not a number`);
    else map.set(key, w);
  }
  return map;
}

/** Every candidate word of `doc` with its probability, in text order. */
export function scoreWords(
  doc: TextDoc,
  lexicon: Lexicon,
  quoted: readonly Span[],
  model: LoadedModel,
): ScoredCandidate[] {
  const context = compiled(model);
  const out: ScoredCandidate[] = [];
  for (const c of findCandidates(doc, lexicon, quoted)) {
    const z = model.bias + wordScore(model, doc.tokens[c.index]!) + contextScore(doc, c, context);
    const { index, sentence, match, negated } = c;
    out.push({ index, sentence, match, negated, probability: 1 / (1 + Math.exp(-z)) });
  }
  return out;
}

/**
 * The same sum as adding up `contextFeatures`' weights (a test holds the two together), without
 * building a string per feature: the engine scores every content word of every article.
 */
function contextScore(doc: TextDoc, c: Candidate, w: ContextWeights): number {
  const tokens = doc.tokens;
  const token = tokens[c.index]!;
  let z = 0;
  if (c.match) {
    z += w.lexCategory.get(c.match.entry.category) ?? 0;
    z += w.lexWeight.get(String(Math.round(c.match.entry.weight * 5) / 5)) ?? 0;
    if (c.match.endToken - c.match.firstToken > 1) z += w.flag.phrase;
  } else z += w.flag.none;
  if (c.negated) z += w.flag.neg;
  if (c.index === c.sentence.firstToken) z += w.flag.first;
  else if (/^\p{Lu}/u.test(token.value)) z += w.flag.cap;
  const prev = c.index > c.sentence.firstToken ? tokens[c.index - 1]! : null;
  const next = c.index + 1 < c.sentence.endToken ? tokens[c.index + 1]! : null;
  z += w.prevPos.get(prev?.pos ?? '^')?.get(token.pos) ?? 0;
  z += w.nextPos.get(token.pos)?.get(next?.pos ?? '$') ?? 0;
  if (prev) {
    z += w.prevWord.get(prev.normal) ?? 0;
    if (prev.normal === "'" || prev.normal === '‘') z += w.flag.scare;
    const lists = w.lists.get(prev.normal);
    if (lists) for (const list of lists) z += w.prevList.get(list) ?? 0;
  }
  if (next) z += w.nextWord.get(next.normal) ?? 0;
  return z;
}

/** Splits the context weights by family once per model (on first use). */
function compiled(model: LoadedModel): ContextWeights {
  if (model.context) return model.context;
  const family = (prefix: string) => {
    const map = new Map<string, number>();
    for (const [f, w] of model.weights)
      if (f.startsWith(prefix)) map.set(f.slice(prefix.length), w);
    return map;
  };
  const get = (f: string) => model.weights.get(f) ?? 0;
  model.context = {
    lists: model.lists,
    lexCategory: family('lex:'),
    lexWeight: family('lexw:'),
    flag: {
      phrase: get('lex:phrase'),
      none: get('lex:none'),
      neg: get('neg'),
      first: get('first'),
      cap: get('cap'),
      scare: get('scare'),
    },
    prevPos: pairs(family('pp:')),
    nextPos: pairs(family('np:')),
    prevWord: family('pw:'),
    nextWord: family('nw:'),
    prevList: family('pL:'),
  };
  return model.context;
}

function pairs(flat: Map<string, number>): Map<string, Map<string, number>> {
  const nested = new Map<string, Map<string, number>>();
  for (const [key, w] of flat) {
    const [a = '', b = ''] = key.split('&');
    if (!nested.has(a)) nested.set(a, new Map());
    nested.get(a)!.set(b, w);
  }
  return nested;
}

/** The word-only part, cached by word and tag (the lemma follows from those two). */
function wordScore(model: LoadedModel, token: Token): number {
  let byPos = model.wordCache.get(token.normal);
  const cached = byPos?.get(token.pos);
  if (cached !== undefined) return cached;
  let sum = 0;
  wordFeatures(token, model.lists, (f) => {
    sum += model.weights.get(f) ?? 0;
  });
  if (model.wordCache.size >= MAX_CACHE) model.wordCache.clear();
  if (!byPos || !model.wordCache.has(token.normal)) {
    byPos = new Map();
    model.wordCache.set(token.normal, byPos);
  }
  byPos.set(token.pos, sum);
  return sum;
}
