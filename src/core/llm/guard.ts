import { readStoryWords } from '../stories/terms.js';
import type { FramingNote, Span } from '../types.js';
import { readSourceNames, type SourceNames, unknownNames } from './guard-names.js';
import { lineQuotations } from './line-quotes.js';
import { normaliseForGuard, numbersIn, quotedPieces, wordRun } from './normalise.js';

export interface GuardLimits {
  maxLines: number;
  maxWords: number;
}

export interface GuardRejection {
  line: string;
  reason: string;
}

/** What the guard found in one answer: how many lines it checked and each failure. */
export interface GuardReport {
  checked: number;
  rejected: GuardRejection[];
}

/** The source as the guard reads it, prepared once per article and reused for a retry. */
export interface GuardSource {
  numbers: ReadonlySet<string>;
  /** Names and content words, normalised as names are (stories/terms.ts). */
  words: ReadonlySet<string>;
  names: SourceNames;
  /** The whole text as one run of normalised words, spaces around it. */
  run: string;
}

/** The kinds of note that must not stand in a digest line's own voice. */
const VOICE_KINDS = new Set(['loaded-language', 'opinion-as-fact']);

export function prepareGuardSource(text: string): GuardSource {
  const normalised = normaliseForGuard(text);
  const story = readStoryWords(text);
  const words = new Set([...story.names, ...story.terms]);
  return {
    numbers: new Set(numbersIn(normalised)),
    words,
    names: readSourceNames(text, words),
    run: ` ${wordRun(normalised)} `,
  };
}

/**
 * Checks a model's digest against its source (issue 15): every number, proper name and quoted
 * string of a line must occur in the source; the engine's loaded-language and opinion-as-fact
 * detectors, run on the lines (`lineNotes[i]` for `lines[i]`), must find nothing in the line's
 * own voice; and the answer must fit the digest's limits.
 */
export function guardDigest(
  source: GuardSource,
  lines: readonly string[],
  lineNotes: readonly (readonly FramingNote[])[],
  limits: GuardLimits,
): GuardReport {
  const rejected = lines.flatMap((line, i) =>
    lineProblems(source, line, lineNotes[i] ?? []).map((reason) => ({ line, reason })),
  );
  const all = lines.join(' ');
  if (lines.length > limits.maxLines) {
    rejected.push({ line: all, reason: `${lines.length} lines, more than ${limits.maxLines}` });
  }
  const words = wordCount(all);
  if (words > limits.maxWords) {
    rejected.push({ line: all, reason: `${words} words, more than ${limits.maxWords}` });
  }
  return { checked: lines.length, rejected };
}

function lineProblems(source: GuardSource, line: string, notes: readonly FramingNote[]): string[] {
  const normalised = normaliseForGuard(line);
  const numbers = numbersIn(normalised)
    .filter((n) => !source.numbers.has(n))
    .map((n) => `the number ${n} is not in the source`);
  const names = unknownNames(source, line).map((name) => `the name "${name}" is not in the source`);
  const quoted = lineQuotations(line);
  const quotes = quoted
    .map(([start, end]) => line.slice(start, end))
    .filter((quote) => !inSource(source, quote))
    .map((quote) => `the quotation ${quote} is not in the source`);
  const framing = framingFaults(source, line, notes, quoted).map((fault) => fault.reason);
  return [...numbers, ...names, ...quotes, ...framing];
}

/** A framing note the guard does not accept in a digest line, and why. */
export interface FramingFault {
  note: FramingNote;
  reason: string;
}

/**
 * Loaded words and opinion stated as fact may not stand in the line's own voice. In reported
 * speech ("the minister said the reckless plan…") they must be the source's own words: a model
 * must not put a loaded word into someone's mouth. Inside a quotation the quote check decides.
 */
export function framingFaults(
  source: GuardSource,
  line: string,
  notes: readonly FramingNote[],
  quoted: readonly Span[] = lineQuotations(line),
): FramingFault[] {
  return notes
    .filter((note) => VOICE_KINDS.has(note.kind))
    .filter((note) => !quoted.some(([s, e]) => note.span[0] >= s && note.span[1] <= e))
    .flatMap((note) => {
      if (note.voice !== 'source')
        return [{ note, reason: `${note.kind} in the digest's own voice: "${note.text}"` }];
      if (inSource(source, note.text)) return [];
      const reason = `${note.kind} in reported speech that the source does not use: "${note.text}"`;
      return [{ note, reason }];
    });
}

/** A quotation is in the source when each piece of it is: an ellipsis or an editor's [insertion] cuts it. */
function inSource(source: GuardSource, text: string): boolean {
  return quotedPieces(normaliseForGuard(text)).every((piece) => source.run.includes(` ${piece} `));
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
