import { writeFileSync } from 'node:fs';
import type { DigestLineUnderTest } from './digest-line.js';
import { firstParagraph, ledeFacts, missedFacts } from './lede-coverage.js';
import type { RealPage } from './real-pages-corpus.js';
import type { PageRun, SystemRuns } from './run-pages.js';
import { standaloneProblem } from './standalone.js';
import { foundInBody, indexBody } from './text-match.js';

function lineMarks(line: DigestLineUnderTest, page: RealPage): string {
  const marks: string[] = [];
  if (!foundInBody(line.source, indexBody(page.body))) marks.push('not in body');
  const problem = standaloneProblem(line);
  if (problem) marks.push(problem);
  return marks.length ? ` **[${marks.join('; ')}]**` : '';
}

function runBlock(name: string, run: PageRun | undefined, page: RealPage): string {
  if (!run) return `**${name}**: not run\n`;
  const analysis = run.analysis;
  const head = analysis
    ? `**${name}** (${run.status}, genre ${analysis.genre.label} ${analysis.genre.score}; sources: ${analysis.sources.map((s) => s.name).join(', ') || 'none'})`
    : `**${name}** (${run.status})`;
  const lines = run.lines.map((l) => `- ${l.text}${lineMarks(l, page)}`).join('\n');
  return `${head}\n\n${lines || '- (no digest)'}\n${missedLine(run, page)}`;
}

/** The lede's names and numbers the digest leaves out: where a coverage shortfall comes from. */
function missedLine(run: PageRun, page: RealPage): string {
  if (run.lines.length === 0) return '';
  const facts = ledeFacts(firstParagraph(page.body));
  const missed = missedFacts(facts, run.lines.map((l) => l.text).join(' '));
  return missed.length ? `\nlede facts missed: ${missed.join(', ')}\n` : '';
}

/** Every page's first ground-truth paragraph and each system's digest, for reading by a person. */
export function dumpRealPages(
  path: string,
  pages: readonly RealPage[],
  systems: readonly SystemRuns[],
): void {
  const blocks = pages.map((page) => {
    const label = page.genre ? ` (hand label: ${page.genre})` : '';
    const parts = systems.map((s) => runBlock(s.name, s.runs.get(page.id), page));
    return `## ${page.id}${label}\n\n${page.url}\n\n> ${firstParagraph(page.body)}\n\n${parts.join('\n')}`;
  });
  writeFileSync(path, `# Lede on real pages\n\n${blocks.join('\n')}`);
}
