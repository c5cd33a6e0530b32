import type { DigestLine, FramingNote } from '../types.js';
import { effortFramePast } from './effort-frame.js';
import { replacementFor } from './neutralize-sentence.js';
import { formsOf } from './replacement-form.js';

export interface LineCheck {
  ok: boolean;
  problems: string[];
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The one frame a digest adds to source words: an opinion piece's claim, said to be the writer's. */
export const WRITER_FRAME = 'The writer argues that';

/**
 * Verifies that a digest line invents nothing. Its spans must be in bounds, in order and not
 * overlapping; then the line's words are walked against the words of its spans, in order: each
 * must be the next source word, or "a"/"an" standing for the other, or a word of a documented
 * neutral replacement (a note's suggestion, in any form: "said" for "say"), or the past that
 * stands for an effort frame ("regained" for "managed to regain"). Every source word must be
 * used. Case is ignored.
 * The only words a line may add are the writer frame that opens an opinion piece's claim.
 */
export function checkDigestLine(
  sourceText: string,
  line: DigestLine,
  notes: readonly FramingNote[],
): LineCheck {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const [start, end] of line.spans) {
    if (!(start >= previousEnd && end > start && end <= sourceText.length)) {
      problems.push(`span [${start}, ${end}) is out of bounds, out of order or overlapping`);
    }
    previousEnd = end;
  }
  if (problems.length) return { ok: false, problems };
  const source = words(line.spans.map(([s, e]) => sourceText.slice(s, e)).join(' '));
  const allowed = new Set(notes.flatMap((n) => words(replacementFor(n) ?? '').flatMap(formsOf)));
  for (const past of effortFramesLeftOut(sourceText, line)) allowed.add(past);
  const framed = line.text.startsWith(`${WRITER_FRAME} `);
  const own = framed ? line.text.slice(WRITER_FRAME.length + 1) : line.text;
  let k = 0;
  for (const word of words(own)) {
    const expected = source[k];
    if (word === expected || (isArticle(word) && isArticle(expected))) k++;
    else if (!allowed.has(word)) problems.push(`"${word}" is not in the source spans`);
  }
  if (k < source.length)
    problems.push(`source words from "${source[k]}" on are missing from the line`);
  return { ok: problems.length === 0, problems };
}

/** The pasts that stand for an effort frame left out between two spans ("managed to buy"). */
function effortFramesLeftOut(sourceText: string, line: DigestLine): string[] {
  return line.spans.slice(1).flatMap(([start], k) => {
    const gap = words(sourceText.slice(line.spans[k]![1], start)).slice(-3);
    const past = gap.length === 3 ? effortFramePast(gap[0]!, gap[1]!, gap[2]!) : null;
    return past === null ? [] : [past];
  });
}

function isArticle(word: string | undefined): boolean {
  return word === 'a' || word === 'an';
}
