import { findQuotedSpans } from '../../src/core/attribution/quoted-spans.js';
import type { GuardSource } from '../../src/core/llm/guard.js';
import { nameOf } from '../../src/core/stories/entities.js';
import { sStem } from '../../src/core/stories/stem.js';
import { readText } from '../../src/core/text/read-text.js';
import type { Span } from '../../src/core/types.js';

/** The kinds of damage the guard eval makes to a faithful summary (issue 15). */
export const CORRUPTIONS = [
  'number',
  'name',
  'quote',
  'loaded',
  'loaded-mpqa',
  'negation',
] as const;
export type Corruption = (typeof CORRUPTIONS)[number];

/** What a corruption may draw on: the source as the guard reads it, and corpus-wide word pools. */
export interface CorruptionContext {
  source: GuardSource;
  /** Proper names seen anywhere in the corpus (raw words). */
  names: readonly string[];
  /** Praise and disparagement adjectives of Lede's reviewed lexicon: what the guard promises to catch. */
  lexiconAdjectives: readonly string[];
  /** Strongly subjective adjectives of an independent list (MPQA), which the engine never reads. */
  mpqaAdjectives: readonly string[];
  /** A per-summary number that makes every choice repeatable. */
  seed: number;
}

/** A corrupted copy of a summary's lines, and the word the corruption put in. */
export interface Corrupted {
  lines: string[];
  word: string;
}

interface Change {
  text: string;
  word: string;
}

/** The summary's lines with one corruption of `kind`, or null when the summary offers none. */
export function corrupt(
  lines: readonly string[],
  kind: Corruption,
  ctx: CorruptionContext,
): Corrupted | null {
  const changed = CORRUPT[kind](lines.join('\n'), ctx);
  return changed === null ? null : { lines: changed.text.split('\n'), word: changed.word };
}

const CORRUPT: Record<Corruption, (text: string, ctx: CorruptionContext) => Change | null> = {
  number: swapNumber,
  name: swapName,
  quote: alterQuote,
  loaded: (text, ctx) => insertAdjective(text, ctx.lexiconAdjectives, ctx.seed),
  'loaded-mpqa': (text, ctx) => insertAdjective(text, ctx.mpqaAdjectives, ctx.seed),
  negation: negateVerb,
};

const pick = <T>(list: readonly T[], seed: number): T | undefined => list[seed % list.length];
const replaceAt = (text: string, [start, end]: Span, by: string): Change => ({
  text: text.slice(0, start) + by + text.slice(end),
  word: by.trim(),
});

/** A number of the summary replaced by a nearby value that the source does not hold. */
function swapNumber(text: string, ctx: CorruptionContext): Change | null {
  const found = [...text.matchAll(/\d+(?:[.,]\d+)*/g)];
  const match = pick(found, ctx.seed);
  if (!match) return null;
  const value = Number(match[0].replace(/,/g, ''));
  for (let step = 1; step < 50; step++) {
    const candidate = Number.isInteger(value)
      ? value + step
      : Number((value + step / 10).toFixed(2));
    if (!ctx.source.numbers.has(String(candidate))) {
      return replaceAt(text, [match.index, match.index + match[0].length], String(candidate));
    }
  }
  return null;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/** Every word of `text` that nameOf reads as a name, with its span. */
export function nameSpans(text: string): { word: string; span: Span }[] {
  const found: { word: string; span: Span }[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/['’]s$/, '');
    if (nameOf(match[0], text, previousEnd, match.index)) {
      found.push({ word, span: [match.index, match.index + word.length] });
    }
    previousEnd = match.index + match[0].length;
  }
  return found;
}

/** A name of the summary replaced by another name of the corpus that the source never uses. */
function swapName(text: string, ctx: CorruptionContext): Change | null {
  const target = pick(nameSpans(text), ctx.seed);
  if (!target) return null;
  for (let k = 0; k < 50; k++) {
    const other = pick(ctx.names, ctx.seed * 31 + k);
    if (other && !ctx.source.words.has(sStem(other.toLowerCase()))) {
      return replaceAt(text, target.span, other);
    }
  }
  return null;
}

/** One word inside a quotation of three words or more replaced by a plain word it did not hold. */
function alterQuote(text: string, ctx: CorruptionContext): Change | null {
  const quotes = findQuotedSpans(text).filter(
    ([s, e]) => text.slice(s, e).split(/\s+/).length >= 3,
  );
  const quote = pick(quotes, ctx.seed);
  if (!quote) return null;
  const inner = [...text.slice(quote[0], quote[1]).matchAll(/\p{L}{4,}/gu)];
  const word = pick(inner, ctx.seed);
  if (!word) return null;
  const start = quote[0] + word.index;
  const swap = SWAPS[ctx.seed % SWAPS.length]!;
  const by = word[0].toLowerCase() === swap ? SWAPS[(ctx.seed + 1) % SWAPS.length]! : swap;
  return replaceAt(text, [start, start + word[0].length], by);
}

// Plain words a careless paraphrase puts into a quotation.
const SWAPS = ['really', 'never', 'always', 'completely', 'certainly', 'perhaps', 'totally'];

/** A loaded adjective of `adjectives` inserted before a common noun outside quotations. */
function insertAdjective(text: string, adjectives: readonly string[], seed: number): Change | null {
  const doc = readText(text);
  const quoted = findQuotedSpans(text);
  const nouns = doc.tokens.filter(
    (t, i) =>
      t.pos === 'NOUN' &&
      doc.tokens[i - 1]?.pos !== 'ADJ' &&
      !quoted.some(([s, e]) => t.start >= s && t.end <= e),
  );
  const noun = pick(nouns, seed);
  const adjective = pick(adjectives, seed * 7);
  if (!noun || !adjective) return null;
  return replaceAt(text, [noun.start, noun.start], `${adjective} `);
}

const AUXILIARY = /\b(is|was|are|were|will|has|have|had|can|could|would|should|did|does)\b/g;

/** The first auxiliary outside quotations negated ("was" -> "was not"). */
function negateVerb(text: string, ctx: CorruptionContext): Change | null {
  const quoted = findQuotedSpans(text);
  const found = [...text.matchAll(AUXILIARY)].filter(
    (m) => !quoted.some(([s, e]) => m.index >= s && m.index < e),
  );
  const match = pick(found, ctx.seed);
  if (!match) return null;
  const end = match.index + match[0].length;
  return replaceAt(text, [end, end], ' not');
}
