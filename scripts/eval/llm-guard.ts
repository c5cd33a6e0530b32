import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { type Analyzer, createEngine, inProcessAnalyzer } from '../../src/core/engine.js';
import { DEFAULT_MIN_WEIGHT } from '../../src/core/framing/loaded-language.js';
import { type CheckedAnswer, checkAnswer } from '../../src/core/llm/check-answer.js';
import { type GuardSource, prepareGuardSource } from '../../src/core/llm/guard.js';
import { readText } from '../../src/core/text/read-text.js';
import { readBbc, readJsonl, readNeusVal } from './lib/corpora.js';
import { CORRUPTIONS, type Corruption, corrupt, nameSpans } from './llm-guard-corrupt.js';
import {
  corruptionRows,
  type FaithfulSet,
  type FaithfulTally,
  faithfulRows,
  INSERTS_A_WORD,
  newFaithfulTally,
  newTally,
  SECTION,
  type Tally,
} from './llm-guard-rows.js';
import { sourceHoldsEveryFact, whyRejected } from './llm-guard-why.js';
import type { EvalSection } from './types.js';

// Length is the one check that needs no source; the eval measures the source checks.
const NO_LENGTH_LIMIT = { maxLines: Number.POSITIVE_INFINITY, maxWords: Number.POSITIVE_INFINITY };
const FACT_REASON = /^the (number|name|quotation)/;

interface Case {
  corpus: 'BBC' | 'NeuS';
  source: string;
  lines: string[];
}

/**
 * The summary's sentences as the engine splits them, one line each. BBC summaries run sentences
 * together ("$10.9bn.For the"): a space goes back after each stop that a capital follows.
 */
export function summaryLines(summary: string): string[] {
  const spaced = summary.replace(/([a-z0-9%)][.!?]["”’]?)(?=["“]?[A-Z])/g, '$1 ');
  return readText(spaced).sentences.map((s) => s.text.trim());
}

function cases(): Case[] {
  // The first three sentences of each BBC reference summary: the size of a Lede digest.
  const bbc = readBbc().map((a) => ({
    corpus: 'BBC' as const,
    source: `${a.title}\n\n${a.article}`,
    lines: summaryLines(a.summary).slice(0, 3),
  }));
  const neus = readNeusVal().map((s) => ({
    corpus: 'NeuS' as const,
    source: s.sources.map((x) => `${x.title}\n\n${x.article}`).join('\n\n'),
    lines: summaryLines(s.neutral_target.article),
  }));
  return [...bbc, ...neus];
}

/**
 * One-word praise and disparagement entries of the lexicon, weighted to be reported on their own
 * (DEFAULT_MIN_WEIGHT), that wink reads as adjectives.
 */
function lexiconAdjectives(): string[] {
  const wanted = new Set<string>(['praise', 'disparagement']);
  return loadLexicon(undefined, { withModel: false })
    .entries.filter((e) => wanted.has(e.category) && e.weight >= DEFAULT_MIN_WEIGHT)
    .filter((e) => /^[a-z]+$/.test(e.term))
    .map((e) => e.term)
    .filter((term) => readText(`They saw the ${term} plan.`).tokens[3]?.pos === 'ADJ');
}

/** MPQA strongly subjective adjectives: an independent list, never read by the engine. */
function mpqaAdjectives(): string[] {
  type Clue = { word: string; pos: string; type: string; stemmed: boolean };
  return readJsonl<Clue>('bias-lexicons/mpqa_subjectivity_clues.jsonl')
    .filter((c) => c.pos === 'adj' && c.type === 'strongsubj' && !c.stemmed)
    .map((c) => c.word)
    .filter((w) => /^[a-z]{4,}$/.test(w));
}

/** The production path: neutralise, then check (src/core/llm/check-answer.ts). */
async function check(
  analyzer: Analyzer,
  source: GuardSource,
  lines: string[],
): Promise<CheckedAnswer> {
  const checked = await checkAnswer(analyzer, source, lines, NO_LENGTH_LIMIT);
  if (checked === null) throw new Error('the engine could not read a summary');
  return checked;
}

/** How often `word` stands as a whole word in `lines`, in any case. */
function occurrences(word: string, lines: readonly string[]): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'giu');
  return lines.reduce((n, line) => n + (line.match(re)?.length ?? 0), 0);
}

/**
 * Issue 15's guard eval: faithful summaries (BBC reference summaries against their articles,
 * NeuS editors' summaries against the three sources joined) and copies with one corruption each,
 * each read by the production check (neutralise, then guard). Per kind: the share of corrupted
 * copies caught (an inserted adjective also when the neutraliser took it out, shown apart), and
 * the share of faithful ones rejected. Negation is reported, not targeted: the guard does not
 * read meaning.
 */
export const llmGuardSection: EvalSection = {
  name: SECTION,
  async run() {
    const analyzer = inProcessAnalyzer(
      createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 }),
    );
    const all = cases();
    const names = [...new Set(all.flatMap((c) => nameSpans(c.lines.join(' ')).map((n) => n.word)))];
    const adjectives = { lexiconAdjectives: lexiconAdjectives(), mpqaAdjectives: mpqaAdjectives() };
    const faithful: Record<FaithfulSet, FaithfulTally> = {
      BBC: newFaithfulTally(),
      NeuS: newFaithfulTally(),
      'NeuS faithful subset': newFaithfulTally(),
    };
    const reasons = new Map<string, number>();
    const tallies = new Map<Corruption, Tally>(CORRUPTIONS.map((k) => [k, newTally()]));
    for (const [i, c] of all.entries()) {
      const source = prepareGuardSource(c.source);
      const answer = await check(analyzer, source, c.lines);
      const sets: FaithfulSet[] = [c.corpus];
      if (c.corpus === 'NeuS' && sourceHoldsEveryFact(c.source, c.lines.join('\n')))
        sets.push('NeuS faithful subset');
      for (const set of sets) countFaithful(faithful[set], c, answer);
      for (const r of answer.report.rejected) {
        const kind = FACT_REASON.exec(r.reason)?.[1] ?? r.reason.replace(/: ".*/, '');
        reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
      }
      const clean = answer.report.rejected.length === 0;
      const ctx = { source, names, ...adjectives, seed: i };
      for (const kind of CORRUPTIONS) {
        const corrupted = corrupt(c.lines, kind, ctx);
        if (!corrupted) continue;
        const result = await check(analyzer, source, corrupted.lines);
        const rejected = result.report.rejected.length > 0;
        // Taken out: the copy is used, yet holds the inserted word no more often than the faithful one.
        const removed =
          !rejected &&
          INSERTS_A_WORD.has(kind) &&
          occurrences(corrupted.word, result.lines) <= occurrences(corrupted.word, answer.lines);
        countCopy(tallies.get(kind)!, clean, rejected, removed);
      }
    }
    return [...faithfulRows(faithful, reasons), ...corruptionRows(tallies)];
  },
};

function countFaithful(t: FaithfulTally, c: Case, answer: CheckedAnswer) {
  const { rejected } = answer.report;
  t.copies++;
  if (rejected.length > 0) {
    t.rejected++;
    t.why[whyRejected(c.source, rejected)]++;
  } else if (answer.neutralised.length > 0) t.edited++;
  if (rejected.some((r) => FACT_REASON.test(r.reason))) t.factRejected++;
}

function countCopy(t: Tally, clean: boolean, rejected: boolean, removed: boolean) {
  t.copies++;
  if (rejected) t.rejected++;
  if (removed) t.removed++;
  if (!clean) return;
  t.cleanCopies++;
  if (rejected) t.cleanRejected++;
  if (removed) t.cleanRemoved++;
}
