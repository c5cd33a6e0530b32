import type { EvalRow } from '../types.js';
import {
  claimAsFactText,
  dumpUnjudgedLines,
  judgementBreakdown,
  type OpinionLineTally,
  opinionPages,
  readOpinionLineJudgements,
  tallyOpinionLines,
} from './opinion-lines.js';
import { type ClaimLineTally, framingAFactText, tallyClaimLines } from './opinion-lines-claims.js';
import type { RealPage } from './real-pages-corpus.js';
import type { SystemRuns } from './run-pages.js';
import { distanceTo } from './targets.js';

const DUMP_PATH = '/tmp/lede-unjudged-opinion-lines.md';

const RULE =
  'each line judged by hand: fact (a checkable event or number, or a statement attributed to a named source), ' +
  'attributed claim ("The writer argues that …", or the first person giving it as the writer’s), or claim as fact ' +
  '(any clause stating the writer’s evaluation, prediction, verdict or argument plainly); rules and verdicts: ' +
  'scripts/eval/data/opinion-line-judgements.json';

/**
 * Issue 11: an opinion digest leads with the facts and attributes the writer's claim. Over the
 * hand-labelled opinion pages Lede digests, how many lines state the writer's claim as fact.
 */
export function opinionLineRows(
  systems: { lede: SystemRuns; today: SystemRuns | null },
  pages: readonly RealPage[],
  dump: boolean,
): EvalRow[] {
  const judgements = readOpinionLineJudgements();
  const digested = opinionPages(pages, judgements).filter(
    (p) => systems.lede.runs.get(p.id)?.status === 'digest',
  );
  const lede = tallyOpinionLines(systems.lede, digested, judgements.lines);
  const today = systems.today && tallyOpinionLines(systems.today, digested, judgements.lines);
  const claims = tallyClaimLines(systems.lede, pages, judgements.lines);
  const todayClaims = systems.today && tallyClaimLines(systems.today, pages, judgements.lines);
  if (dump) {
    const shown: [string, Pick<OpinionLineTally, 'unjudged'>][] = [[systems.lede.name, lede]];
    if (systems.today && today) shown.push([systems.today.name, today]);
    shown.push([`${systems.lede.name}: claim lines on any page`, claims]);
    if (systems.today && todayClaims)
      shown.push([`${systems.today.name}: claim lines on any page`, todayClaims]);
    dumpUnjudgedLines(DUMP_PATH, shown);
  }
  const section = `real pages, opinion digests (${digested.length} opinion pages Lede digests)`;
  const breakdown = [
    `Lede: ${judgementBreakdown(lede)}`,
    today && `today: ${judgementBreakdown(today)}`,
  ].filter(Boolean);
  return [
    {
      section,
      metric: 'opinion digests: lines stating the writer’s claim as fact',
      lede: claimAsFactText(lede),
      today: today ? claimAsFactText(today) : 'unavailable',
      target: '0',
      distance: distanceTo(lede.counts['claim-as-fact'], 0),
      note: `${RULE} | ${breakdown.join(' | ')}`,
    },
    {
      section,
      metric: 'opinion digest lines not judged yet (list them with --dump)',
      lede: lede.unjudged.length,
      today: today ? today.unjudged.length : 'unavailable',
    },
    ...claimLineRows(claims, todayClaims, pages.length),
  ];
}

const CLAIM_RULE =
  'every line framed "The writer argues that …" on any of the pages, whatever their hand label, judged by hand: ' +
  'an argument (an evaluation, prediction, verdict or policy) or a fact, instruction, procedure, calculation or ' +
  'product description framed as one (fact-as-claim); verdicts: scripts/eval/data/opinion-line-judgements.json';

/** Issue 11: the frame attributes an argument; framing a recipe's step as one misleads as much. */
function claimLineRows(
  lede: ClaimLineTally,
  today: ClaimLineTally | null,
  pageCount: number,
): EvalRow[] {
  const section = `real pages, claim lines (${pageCount} pages, every genre)`;
  return [
    {
      section,
      metric: 'claim lines framing a fact or an instruction as the writer’s argument',
      lede: framingAFactText(lede),
      today: today ? framingAFactText(today) : 'unavailable',
      target: '0',
      distance: distanceTo(lede.framingAFact, 0),
      note: `${CLAIM_RULE} | Lede: unjudged ${lede.unjudged.length}${today ? ` | today: unjudged ${today.unjudged.length}` : ''}`,
    },
  ];
}
