import { describe, expect, it } from 'vitest';
import {
  claimAsFactText,
  type JudgedLine,
  opinionPages,
  readOpinionLineJudgements,
  tallyOpinionLines,
} from '../../../scripts/eval/lib/opinion-lines.js';
import {
  framingAFactText,
  tallyClaimLines,
} from '../../../scripts/eval/lib/opinion-lines-claims.js';
import type { RealPage } from '../../../scripts/eval/lib/real-pages-corpus.js';
import type { PageRun, SystemRuns } from '../../../scripts/eval/lib/run-pages.js';

const page = (id: string, genre?: RealPage['genre']): RealPage => ({
  id,
  corpus: genre ? 'benchmark' : 'readability',
  url: 'https://example.com/',
  html: '',
  body: '',
  ...(genre ? { genre } : {}),
});

const digest = (...texts: string[]): PageRun => ({
  status: 'digest',
  lines: texts.map((text) => ({ text, source: text, followsPrevious: false })),
});

const judged: JudgedLine[] = [
  { page: 'a', text: 'The council voted 5 to 2 on Monday.', judgement: 'fact' },
  { page: 'a', text: 'The vote is a disgrace.', judgement: 'claim-as-fact', why: 'verdict' },
  { page: 'a', text: 'The writer argues that the vote was rushed.', judgement: 'attributed-claim' },
];

describe('the opinion digest lines row', () => {
  it('counts each line by its judgement and lists a line nobody judged', () => {
    const system: SystemRuns = {
      name: 'Lede',
      runs: new Map([
        [
          'a',
          digest(
            'The council voted 5 to 2 on Monday.',
            'The vote is a disgrace.',
            'The writer argues that the vote was rushed.',
            'The mayor will resign.',
          ),
        ],
      ]),
    };
    const tally = tallyOpinionLines(system, [page('a', 'opinion')], judged);
    expect(tally.counts).toEqual({
      fact: 1,
      'attributed-claim': 1,
      'claim-as-fact': 1,
      'fact-as-claim': 0,
    });
    expect(tally.unjudged).toEqual([{ page: 'a', text: 'The mayor will resign.' }]);
    expect(claimAsFactText(tally)).toBe('1 of 4 lines (25.0%)');
  });

  it('keys a judgement by page: the same line on another page is unjudged', () => {
    const system: SystemRuns = {
      name: 'Lede',
      runs: new Map([['b', digest('The vote is a disgrace.')]]),
    };
    const tally = tallyOpinionLines(system, [page('b', 'opinion')], judged);
    expect(tally.counts['claim-as-fact']).toBe(0);
    expect(tally.unjudged).toHaveLength(1);
  });

  it('skips a page the system gave a notice instead of a digest', () => {
    const system: SystemRuns = {
      name: 'today',
      runs: new Map([['a', { status: 'notice', lines: [] } as PageRun]]),
    };
    expect(tallyOpinionLines(system, [page('a', 'opinion')], judged).lines).toBe(0);
  });

  it('covers the hand-labelled opinion pages and the Readability pages the judgements add', () => {
    const judgements = readOpinionLineJudgements();
    const extra = judgements.alsoJudged[0]!.id;
    const pages = [page('n', 'news'), page('o', 'opinion'), page(extra), page('readability/x')];
    expect(opinionPages(pages, judgements).map((p) => p.id)).toEqual(['o', extra]);
  });

  it('gives a reason for every line judged claim-as-fact or fact-as-claim', () => {
    const { lines } = readOpinionLineJudgements();
    const needsWhy = new Set(['claim-as-fact', 'fact-as-claim']);
    const unexplained = lines.filter((l) => needsWhy.has(l.judgement) && !l.why);
    expect(unexplained).toEqual([]);
  });
});

describe('the claim lines row', () => {
  const framedFact = 'The writer argues that the jam will set within a day.';
  const framedClaim = 'The writer argues that the vote was rushed.';
  const claimJudged: JudgedLine[] = [
    ...judged,
    { page: 'r', text: framedFact, judgement: 'fact-as-claim', why: 'a recipe’s step' },
  ];

  it('counts framed lines on every page, whatever its label, and only framed ones', () => {
    const system: SystemRuns = {
      name: 'Lede',
      runs: new Map([
        ['a', digest('The council voted 5 to 2 on Monday.', framedClaim)],
        ['r', digest('Boil the jars for ten minutes.', framedFact)],
        ['n', digest('The writer argues that the mayor should resign.')],
      ]),
    };
    const pages = [page('a', 'opinion'), page('r', 'other'), page('n', 'news')];
    const tally = tallyClaimLines(system, pages, claimJudged);
    expect(tally.lines).toBe(3);
    expect(tally.framingAFact).toBe(1);
    expect(tally.unjudged).toEqual([
      { page: 'n', text: 'The writer argues that the mayor should resign.' },
    ]);
    expect(framingAFactText(tally)).toBe('1 of 3 claim lines (33.3%)');
  });
});
