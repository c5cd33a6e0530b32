import type { Analyzer } from '../engine.js';
import type { FramingNote, Span } from '../types.js';
import {
  framingFaults,
  type GuardLimits,
  type GuardReport,
  type GuardSource,
  guardDigest,
} from './guard.js';
import { neutraliseLine } from './neutral-line.js';

/** A model's answer after the guard: the lines the reader would get and what the guard found. */
export interface CheckedAnswer {
  lines: string[];
  report: GuardReport;
  /** The flagged words the neutraliser took out of the model's lines, in order. */
  neutralised: string[];
}

/**
 * Neutralise, then check (issue 15): a loaded word Lede knows how to neutralise costs the model
 * only that word, as it costs an extractive line. Each line loses the words the guard would
 * reject, through the extractive digest's neutraliser; the engine then reads the new lines
 * afresh and the guard checks them whole, so what is still loaded, or broke, is rejected. The
 * production digest and the guard eval both call this. Null: the engine could not read them.
 */
export async function checkAnswer(
  analyzer: Analyzer,
  source: GuardSource,
  lines: readonly string[],
  limits: GuardLimits,
): Promise<CheckedAnswer | null> {
  const notes = await notesPerLine(analyzer, lines);
  if (notes === null) return null;
  const neutral = lines.map((line, i) => {
    const faults = framingFaults(source, line, notes[i] ?? []).map((fault) => fault.note);
    return neutraliseLine(line, faults);
  });
  const neutralLines = neutral.map((n) => n.text);
  const changed = neutralLines.some((line, i) => line !== lines[i]);
  const checkedNotes = changed ? await notesPerLine(analyzer, neutralLines) : notes;
  if (checkedNotes === null) return null;
  return {
    lines: neutralLines,
    report: guardDigest(source, neutralLines, checkedNotes, limits),
    neutralised: neutral.flatMap((n) => n.neutralised),
  };
}

/**
 * The engine's own notes on the model's lines, read as one text of one paragraph per line; each
 * note's span is an offset into its own line.
 */
export async function notesPerLine(
  analyzer: Analyzer,
  lines: readonly string[],
): Promise<FramingNote[][] | null> {
  const text = lines.join('\n\n');
  let notes: FramingNote[];
  try {
    notes = (await analyzer.analyze({ text, title: null, source: 'model digest' })).notes;
  } catch {
    return null;
  }
  let start = 0;
  return lines.map((line) => {
    const from = start;
    start += line.length + 2;
    return notes
      .filter((n) => n.span[0] >= from && n.span[1] <= from + line.length)
      .map((n) => ({ ...n, span: [n.span[0] - from, n.span[1] - from] as Span }));
  });
}
