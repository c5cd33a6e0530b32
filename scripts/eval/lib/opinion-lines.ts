import { writeFileSync } from 'node:fs';
import type { RealPage } from './real-pages-corpus.js';
import { readDataFile } from './real-pages-corpus.js';
import type { SystemRuns } from './run-pages.js';

/** `fact-as-claim`: a fact, instruction or description framed as the writer's argument. */
export type LineJudgement = 'fact' | 'attributed-claim' | 'claim-as-fact' | 'fact-as-claim';

export interface JudgedLine {
  page: string;
  text: string;
  judgement: LineJudgement;
  /** Why, for every claim-as-fact line and for any line whose judgement is not obvious. */
  why?: string;
}

export interface OpinionLineJudgements {
  about: string;
  rules: string[];
  /** Pages with no hand label in real-pages-genre.json that are judged as opinion too. */
  alsoJudged: { id: string; why: string }[];
  lines: JudgedLine[];
}

export function readOpinionLineJudgements(): OpinionLineJudgements {
  return readDataFile<OpinionLineJudgements>('opinion-line-judgements.json');
}

/** The opinion pages the row covers: hand-labelled opinion, and those the judgements add. */
export function opinionPages(
  pages: readonly RealPage[],
  judgements: OpinionLineJudgements,
): RealPage[] {
  const extra = new Set(judgements.alsoJudged.map((p) => p.id));
  return pages.filter((p) => p.genre === 'opinion' || extra.has(p.id));
}

export interface OpinionLineTally {
  lines: number;
  counts: Record<LineJudgement, number>;
  unjudged: { page: string; text: string }[];
}

const key = (page: string, text: string) => `${page}|${text}`;

/** Each digest line of a system on the given pages, looked up among the judged ones. */
export function tallyOpinionLines(
  system: SystemRuns,
  pages: readonly RealPage[],
  judged: readonly JudgedLine[],
): OpinionLineTally {
  const verdicts = new Map(judged.map((l) => [key(l.page, l.text), l.judgement]));
  const tally: OpinionLineTally = {
    lines: 0,
    counts: { fact: 0, 'attributed-claim': 0, 'claim-as-fact': 0, 'fact-as-claim': 0 },
    unjudged: [],
  };
  for (const page of pages) {
    const run = system.runs.get(page.id);
    if (run?.status !== 'digest') continue;
    for (const line of run.lines) {
      tally.lines++;
      const verdict = verdicts.get(key(page.id, line.text));
      if (verdict) tally.counts[verdict]++;
      else tally.unjudged.push({ page: page.id, text: line.text });
    }
  }
  return tally;
}

/** "3 of 90 lines (3.3%)": the lines judged claim-as-fact among all the system's lines. */
export function claimAsFactText(tally: OpinionLineTally): string {
  const n = tally.counts['claim-as-fact'];
  const share = tally.lines ? (100 * n) / tally.lines : 0;
  return `${n} of ${tally.lines} lines (${share.toFixed(1)}%)`;
}

export function judgementBreakdown(tally: OpinionLineTally): string {
  const { fact, 'attributed-claim': attributed, 'fact-as-claim': framedFact } = tally.counts;
  return `fact ${fact}, attributed claim ${attributed}, fact framed as a claim ${framedFact}, unjudged ${tally.unjudged.length}`;
}

/** The unjudged lines of each system, for the next person judging them, with their page. */
export function dumpUnjudgedLines(
  path: string,
  tallies: readonly [string, Pick<OpinionLineTally, 'unjudged'>][],
) {
  const blocks = tallies.map(([name, t]) => {
    const items = t.unjudged.map((l) => `- ${l.page} | «${l.text}»`);
    return `## ${name}\n\n${items.join('\n') || 'none'}\n`;
  });
  writeFileSync(path, `# Unjudged opinion digest lines\n\n${blocks.join('\n')}`);
  process.stderr.write(`eval: unjudged opinion digest lines written to ${path}\n`);
}
