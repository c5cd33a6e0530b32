import { hasRepeatedContent, swapDamage } from './digest-damage.js';
import type { DigestLineUnderTest } from './digest-line.js';
import { coveredFacts, firstParagraph, ledeFacts } from './lede-coverage.js';
import type { RealPage } from './real-pages-corpus.js';
import type { SystemRuns } from './run-pages.js';
import { type StandaloneProblem, standaloneProblem } from './standalone.js';
import { foundInBody, indexBody } from './text-match.js';

/** One figure of one system: its value (a share in 0..1 or a count) and how it reads. */
export interface Measured {
  value: number;
  text: string;
  detail?: string;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const share = (part: number, whole: number): Measured => ({
  value: whole ? part / whole : 0,
  text: `${pct(whole ? part / whole : 0)} (${part}/${whole})`,
});

function digests(system: SystemRuns, pages: readonly RealPage[]) {
  return pages.flatMap((page) => {
    const run = system.runs.get(page.id);
    return run?.status === 'digest' ? [{ page, lines: run.lines }] : [];
  });
}

/** Digest lines whose source is not in the ground-truth body (text-match.ts gives the rule). */
export function furnitureLeak(system: SystemRuns, pages: readonly RealPage[]): Measured {
  let lines = 0;
  let leaked = 0;
  for (const { page, lines: digest } of digests(system, pages)) {
    const body = indexBody(page.body);
    lines += digest.length;
    leaked += digest.filter((l) => !foundInBody(l.source, body)).length;
  }
  return share(leaked, lines);
}

/** Share of the first paragraph's names and numbers that the digest states, pooled over pages. */
export function ledeCoverage(system: SystemRuns, pages: readonly RealPage[]): Measured {
  let covered = 0;
  let total = 0;
  for (const { page, lines } of digests(system, pages)) {
    const hit = pageCoverage(page, lines);
    covered += hit.covered;
    total += hit.total;
  }
  return share(covered, total);
}

function pageCoverage(page: RealPage, lines: readonly { text: string }[]) {
  return coveredFacts(ledeFacts(firstParagraph(page.body)), lines.map((l) => l.text).join(' '));
}

/**
 * The pages where one system states the most fewer lede facts than another, as "address −n",
 * so the row says where a shortfall comes from.
 */
export function largestShortfalls(
  system: SystemRuns,
  baseline: SystemRuns,
  pages: readonly RealPage[],
  count: number,
): string[] {
  const shortfalls = digests(system, pages).map(({ page, lines }) => {
    const base = baseline.runs.get(page.id);
    const ahead = base?.status === 'digest' ? pageCoverage(page, base.lines).covered : 0;
    return { page, short: ahead - pageCoverage(page, lines).covered };
  });
  return shortfalls
    .filter((s) => s.short > 0)
    .sort((a, b) => b.short - a.short)
    .slice(0, count)
    .map(({ page, short }) => `${pageLabel(page)} −${short}`);
}

/** A benchmark page by its address; a Readability page (all at one fake host) by its name. */
function pageLabel(page: RealPage): string {
  if (page.corpus === 'readability') return page.id;
  return page.url.replace(/^https?:\/\/(www\.)?/, '').slice(0, 60);
}

export function cannotStandAlone(system: SystemRuns, pages: readonly RealPage[]): Measured {
  const reasons = new Map<StandaloneProblem, number>();
  let lines = 0;
  for (const { lines: digest } of digests(system, pages)) {
    lines += digest.length;
    for (const line of digest) {
      const problem = standaloneProblem(line);
      if (problem) reasons.set(problem, (reasons.get(problem) ?? 0) + 1);
    }
  }
  const bad = [...reasons.values()].reduce((a, b) => a + b, 0);
  const detail = [...reasons].map(([r, n]) => `${r} ${n}`).join(', ');
  return { ...share(bad, lines), detail };
}

export function repeatedContent(system: SystemRuns, pages: readonly RealPage[]): Measured {
  const all = digests(system, pages);
  const repeated = all.filter((d) => hasRepeatedContent(d.lines)).length;
  return { value: repeated, text: `${repeated} of ${all.length} digests` };
}

export function swapDamageCount(system: SystemRuns, pages: readonly RealPage[]): Measured {
  const doubled: string[] = [];
  const broken: string[] = [];
  for (const { lines } of digests(system, pages)) {
    for (const line of lines as DigestLineUnderTest[]) {
      const damage = swapDamage(line);
      doubled.push(...damage.doubledWords);
      broken.push(...damage.brokenCompounds);
    }
  }
  const examples = [...new Set([...doubled, ...broken])].slice(0, 6).join('; ');
  return {
    value: doubled.length + broken.length,
    text: String(doubled.length + broken.length),
    detail: `doubled words ${doubled.length}, words changed inside a fixed expression ${broken.length}${examples ? ` (${examples})` : ''}`,
  };
}

export function pagesWithDigest(system: SystemRuns, pages: readonly RealPage[]): Measured {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const status = system.runs.get(page.id)?.status ?? 'missing';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const n = counts.get('digest') ?? 0;
  return {
    value: n,
    text: `${n} of ${pages.length}`,
    detail: [...counts].map(([s, k]) => `${s} ${k}`).join(', '),
  };
}
