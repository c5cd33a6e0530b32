import { WRITER_FRAME } from '../../../src/core/summarize/check-digest-line.js';
import type { JudgedLine } from './opinion-lines.js';
import type { RealPage } from './real-pages-corpus.js';
import type { SystemRuns } from './run-pages.js';

export interface ClaimLineTally {
  /** Lines framed "The writer argues that …" on any page. */
  lines: number;
  /** Of those, the ones judged a fact, an instruction or a description, not an argument. */
  framingAFact: number;
  unjudged: { page: string; text: string }[];
}

/**
 * Every framed claim line a system gives on any page, whatever the page's hand label: a recipe
 * or a manual the genre step calls opinion gets a claim line too, and it must be an argument.
 */
export function tallyClaimLines(
  system: SystemRuns,
  pages: readonly RealPage[],
  judged: readonly JudgedLine[],
): ClaimLineTally {
  const verdicts = new Map(judged.map((l) => [`${l.page}|${l.text}`, l.judgement]));
  const tally: ClaimLineTally = { lines: 0, framingAFact: 0, unjudged: [] };
  for (const page of pages) {
    const run = system.runs.get(page.id);
    if (run?.status !== 'digest') continue;
    for (const { text } of run.lines) {
      if (!text.startsWith(WRITER_FRAME)) continue;
      tally.lines++;
      const verdict = verdicts.get(`${page.id}|${text}`);
      if (verdict === 'fact-as-claim') tally.framingAFact++;
      else if (!verdict) tally.unjudged.push({ page: page.id, text });
    }
  }
  return tally;
}

/** "3 of 40 claim lines (7.5%)". */
export function framingAFactText(tally: ClaimLineTally): string {
  const share = tally.lines ? (100 * tally.framingAFact) / tally.lines : 0;
  return `${tally.framingAFact} of ${tally.lines} claim lines (${share.toFixed(1)}%)`;
}
