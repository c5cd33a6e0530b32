import { baselineEngine, currentEngine } from './lib/baseline-engine.js';
import { opinionLineRows } from './lib/opinion-lines-rows.js';
import {
  COVERAGE_GROUPS,
  coverageGroup,
  type RealPage,
  readRealPages,
} from './lib/real-pages-corpus.js';
import { dumpRealPages } from './lib/real-pages-dump.js';
import {
  cannotStandAlone,
  furnitureLeak,
  largestShortfalls,
  ledeCoverage,
  type Measured,
  pagesWithDigest,
  repeatedContent,
  swapDamageCount,
} from './lib/real-pages-measures.js';
import {
  newsCalledOpinion,
  opinionRecall,
  readWhoIsHeard,
  strayVoices,
} from './lib/real-pages-voices.js';
import { leadThreeRun, runEngineOnPage, runSystem, type SystemRuns } from './lib/run-pages.js';
import { distanceTo } from './lib/targets.js';
import type { EvalRow, EvalSection } from './types.js';

const DUMP_PATH = '/tmp/lede-real-pages.md';
type Measure = (system: SystemRuns, pages: readonly RealPage[]) => Measured;

interface Systems {
  lede: SystemRuns;
  today: SystemRuns | { name: string; unavailable: string };
  lead3: SystemRuns;
}

function rowFor(
  section: string,
  metric: string,
  measure: Measure,
  systems: Systems,
  pages: readonly RealPage[],
  goal: { target: string; distance?: (lede: Measured, lead3: Measured) => string | undefined },
  withLead3 = true,
): EvalRow {
  const lede = measure(systems.lede, pages);
  const lead3 = measure(systems.lead3, pages);
  const today = 'runs' in systems.today ? measure(systems.today, pages) : null;
  const details = [
    lede.detail && `Lede: ${lede.detail}`,
    today?.detail && `today: ${today.detail}`,
    withLead3 && lead3.detail && `Lead-3: ${lead3.detail}`,
  ].filter(Boolean);
  return {
    section,
    metric,
    lede: lede.text,
    today: today?.text ?? 'unavailable',
    ...(withLead3 ? { baseline: { name: 'Lead-3 of the body', value: lead3.text } } : {}),
    target: goal.target,
    distance: goal.distance?.(lede, lead3),
    ...(details.length ? { note: details.join(' | ') } : {}),
  };
}

/** Lede's figure counts only pages it digests; Lead-3 digests all, so a like-for-like row pairs them. */
function pagesLedeDigests(systems: Systems, pages: readonly RealPage[]): RealPage[] {
  return pages.filter((p) => systems.lede.runs.get(p.id)?.status === 'digest');
}

const atLeastLead3 = {
  target: ">= Lead-3's",
  distance: (l: Measured, lead: Measured) =>
    distanceTo(l.value, lead.value, { atLeast: true, percent: true }),
};

/**
 * The paired coverage row split by hand label: an opinion piece leads on the facts it rests
 * on, not on its lede's names, so its shortfall is partly by design; a news page's is not.
 */
function pairedCoverageByGenre(systems: Systems, pages: readonly RealPage[]): EvalRow[] {
  const paired = pagesLedeDigests(systems, pages);
  return COVERAGE_GROUPS.map((group) => {
    const inGroup = paired.filter((p) => coverageGroup(p) === group);
    const metric = `lede coverage, paired, ${group} pages (${inGroup.length})`;
    const row = rowFor(SECTION(pages), metric, ledeCoverage, systems, inGroup, atLeastLead3);
    const worst = largestShortfalls(systems.lede, systems.lead3, inGroup, SHORTFALLS_SHOWN);
    return worst.length
      ? { ...row, note: `largest shortfalls vs Lead-3: ${worst.join('; ')}` }
      : row;
  });
}

const SHORTFALLS_SHOWN = 5;

const SECTION = (pages: readonly RealPage[]) =>
  `real pages (${pages.length} English pages: benchmark + Readability suite)`;

function digestRows(systems: Systems, pages: readonly RealPage[]): EvalRow[] {
  const section = SECTION(pages);
  const zero = (m: Measured) => distanceTo(m.value, 0, { percent: m.value < 1 });
  const zeroCount = (m: Measured) => distanceTo(m.value, 0);
  return [
    rowFor(section, 'pages with a digest', pagesWithDigest, systems, pages, { target: 'all' }),
    rowFor(section, 'furniture leak: digest lines not in the body', furnitureLeak, systems, pages, {
      target: '0',
      distance: zero,
    }),
    rowFor(
      section,
      'lede coverage: names and numbers of the first paragraph of prose (dateline left out) stated',
      ledeCoverage,
      systems,
      pages,
      {
        target: ">= Lead-3's",
        distance: (l, lead) => distanceTo(l.value, lead.value, { atLeast: true, percent: true }),
      },
    ),
    rowFor(
      section,
      'lede coverage, paired: the same figure over only the pages Lede digests',
      ledeCoverage,
      systems,
      pagesLedeDigests(systems, pages),
      atLeastLead3,
    ),
    ...pairedCoverageByGenre(systems, pages),
    rowFor(section, 'lines that cannot stand alone', cannotStandAlone, systems, pages, {
      target: '0',
      distance: zero,
    }),
    rowFor(
      section,
      'digests repeating content between two lines',
      repeatedContent,
      systems,
      pages,
      {
        target: '0',
        distance: zeroCount,
      },
    ),
    rowFor(
      section,
      'swap damage (doubled words, broken fixed expressions)',
      swapDamageCount,
      systems,
      pages,
      {
        target: '0',
        distance: zeroCount,
      },
    ),
  ];
}

function genreRows(systems: Systems, pages: readonly RealPage[]): EvalRow[] {
  const labelled = pages.filter((p) => p.genre === 'opinion' || p.genre === 'news');
  const section = `real pages, genre (${labelled.length} hand-labelled benchmark pages)`;
  const heard = readWhoIsHeard();
  const note =
    'labels and reasons: scripts/eval/data/real-pages-genre.json; engine "opinion" or "analysis" = called opinion';
  return [
    {
      ...rowFor(
        section,
        'opinion pages called opinion (recall)',
        opinionRecall,
        systems,
        pages,
        {
          target: '>= 90%',
          distance: (l) => distanceTo(l.value, 0.9, { atLeast: true, percent: true }),
        },
        false,
      ),
      note,
    },
    rowFor(
      section,
      'news pages called opinion',
      newsCalledOpinion,
      systems,
      pages,
      {
        target: '<= 5%',
        distance: (l) => distanceTo(l.value, 0.05, { percent: true }),
      },
      false,
    ),
    rowFor(
      `real pages, who is heard (${heard.length} hand-annotated pages)`,
      'source entries that are not a voice (place, stray word, credit)',
      (system) => strayVoices(system, heard),
      systems,
      pages,
      { target: '0', distance: (l) => distanceTo(l.value, 0, { percent: true }) },
      false,
    ),
  ];
}

export const realPagesSection: EvalSection = {
  name: 'real-pages',
  async run() {
    const pages = readRealPages();
    const current = await currentEngine();
    const baseline = await baselineEngine();
    const systems: Systems = {
      lede: await runSystem('Lede (this checkout)', pages, (p) => runEngineOnPage(current, p)),
      today: baseline.available
        ? await runSystem(`today's engine (${baseline.name})`, pages, (p) =>
            runEngineOnPage(baseline, p),
          )
        : { name: baseline.name, unavailable: baseline.reason },
      lead3: await runSystem('Lead-3 of the ground-truth body', pages, leadThreeRun),
    };
    const dump = process.argv.includes('--dump');
    if (dump) {
      const shown = [
        systems.lede,
        ...('runs' in systems.today ? [systems.today] : []),
        systems.lead3,
      ];
      dumpRealPages(DUMP_PATH, pages, shown);
      process.stderr.write(`eval: real-pages digests written to ${DUMP_PATH}\n`);
    }
    const today = 'runs' in systems.today ? systems.today : null;
    const opinion = opinionLineRows({ lede: systems.lede, today }, pages, dump);
    return [...digestRows(systems, pages), ...genreRows(systems, pages), ...opinion];
  },
};
