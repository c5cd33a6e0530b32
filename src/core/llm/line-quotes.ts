import { findQuotedSpans } from '../attribution/quoted-spans.js';
import type { Span } from '../types.js';

const MARKS = /["“”]/g;

/**
 * The quotations of one digest line, marks included. A line may begin inside a quotation whose
 * opening mark stands on the line before (`…residential streets," said Ana Ruiz.`) or end in one
 * that runs on to the next; those edges count as quoted too, so the quote check reads the words
 * and the neutraliser leaves them alone: they are the speaker's, not the model's.
 */
export function lineQuotations(line: string): Span[] {
  const spans = findQuotedSpans(line);
  const first = [...line.matchAll(MARKS)][0];
  if (first === undefined) return spans;
  const leading: Span[] = closes(line, first.index) ? [[0, first.index + 1]] : [];
  const trailing = unclosedOpening(line, spans.at(-1)?.[1] ?? leading[0]?.[1] ?? 0);
  return merged([...leading, ...spans, ...(trailing ? [trailing] : [])]);
}

/**
 * Sorted spans with overlapping ones joined: where the pairing of straight marks took the
 * closing mark of a leading quotation for an opening one, the two readings cover one stretch.
 */
function merged(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * A mark that ends a quotation the line began inside: a closing mark with the line going on
 * after it (the attribution: `," said Ana Ruiz.`). A stray mark after the line's last stop is
 * no quotation's end: the words before it are the line's own.
 */
function closes(line: string, at: number): boolean {
  const goesOn = /^[,.;:!?)]?\s+[\p{L}\p{N}]/u.test(line.slice(at + 1));
  if (line[at] === '”') return goesOn;
  return line[at] === '"' && at > 0 && /\S/u.test(line[at - 1]!) && goesOn;
}

/** From an opening mark after `from` that no mark closes, to the end of the line. */
function unclosedOpening(line: string, from: number): Span | null {
  const marks = [...line.slice(from).matchAll(MARKS)];
  if (marks.length !== 1) return null;
  const at = from + marks[0]!.index;
  const opens =
    (at === 0 || /[\s(]/u.test(line[at - 1]!)) && /[\p{L}\p{N}‘']/u.test(line[at + 1] ?? '');
  return opens && line[at] !== '”' ? [at, line.length] : null;
}
