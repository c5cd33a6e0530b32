import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { type Analyzer, createEngine, inProcessAnalyzer } from '../../src/core/engine.js';
import { DEFAULT_MIN_WEIGHT } from '../../src/core/framing/loaded-language.js';
import {
  type GuardReport,
  type GuardSource,
  guardDigest,
  prepareGuardSource,
} from '../../src/core/llm/guard.js';
import { notesPerLine } from '../../src/core/llm/llm-digest.js';
import { readText } from '../../src/core/text/read-text.js';
import { readBbc, readJsonl, readNeusVal } from './lib/corpora.js';
import { CORRUPTIONS, type Corruption, corrupt, nameSpans } from './llm-guard-corrupt.js';
import { FAITHFUL_REJECTIONS, type FaithfulRejection, whyRejected } from './llm-guard-why.js';
import type { EvalRow, EvalSection } from './types.js';

const SECTION = 'llm-guard';
// Length is the one check that needs no source; the eval measures the source checks.
const NO_LENGTH_LIMIT = { maxLines: Number.POSITIVE_INFINITY, maxWords: Number.POSITIVE_INFINITY };
const TARGETED = new Set<Corruption>(['number', 'name', 'quote', 'loaded']);
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

interface Tally {
  copies: number;
  rejected: number;
  /** Copies whose faithful version passed: there a rejection can only be the corruption's. */
  cleanCopies: number;
  cleanRejected: number;
}

const newTally = (): Tally => ({ copies: 0, rejected: 0, cleanCopies: 0, cleanRejected: 0 });

type FaithfulTally = Tally & { why: Record<FaithfulRejection, number> };
const newFaithfulTally = (): FaithfulTally => ({
  ...newTally(),
  why: { 'guard wrong': 0, 'summary adds a fact': 0, 'loaded word': 0 },
});

async function check(
  analyzer: Analyzer,
  source: GuardSource,
  lines: string[],
): Promise<GuardReport> {
  const notes = (await notesPerLine(analyzer, lines)) ?? [];
  return guardDigest(source, lines, notes, NO_LENGTH_LIMIT);
}

/**
 * Issue 15's guard eval: faithful summaries (BBC reference summaries against their articles,
 * NeuS editors' summaries against the three sources joined) and copies with one corruption each.
 * Per kind: the share of corrupted copies the guard rejects, and the share of faithful ones it
 * wrongly rejects. Negation is reported, not targeted: the guard does not read meaning.
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
    const faithful = { BBC: newFaithfulTally(), NeuS: newFaithfulTally() };
    const reasons = new Map<string, number>();
    const tallies = new Map<Corruption, Tally>(CORRUPTIONS.map((k) => [k, newTally()]));
    for (const [i, c] of all.entries()) {
      const source = prepareGuardSource(c.source);
      const report = await check(analyzer, source, c.lines);
      const clean = report.rejected.length === 0;
      faithful[c.corpus].copies++;
      if (!clean) {
        faithful[c.corpus].rejected++;
        faithful[c.corpus].why[whyRejected(c.source, report.rejected)]++;
      }
      // cleanRejected, for faithful copies: rejected by the fact checks alone.
      if (report.rejected.some((r) => FACT_REASON.test(r.reason)))
        faithful[c.corpus].cleanRejected++;
      for (const r of report.rejected) {
        const kind = r.reason.replace(/ ".*| \d.*| [“"].*/, '').replace(/^the /, '');
        reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
      }
      const ctx = { source, names, ...adjectives, seed: i };
      for (const kind of CORRUPTIONS) {
        const lines = corrupt(c.lines, kind, ctx);
        if (!lines) continue;
        const rejected = (await check(analyzer, source, lines)).rejected.length > 0;
        const t = tallies.get(kind)!;
        t.copies++;
        if (rejected) t.rejected++;
        if (clean) {
          t.cleanCopies++;
          if (rejected) t.cleanRejected++;
        }
      }
    }
    return [...faithfulRows(faithful, reasons), ...corruptionRows(tallies)];
  },
};

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function faithfulRows(
  faithful: Record<'BBC' | 'NeuS', FaithfulTally>,
  reasons: Map<string, number>,
): EvalRow[] {
  const why = [...reasons.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return (['BBC', 'NeuS'] as const).flatMap((corpus) => {
    const t = faithful[corpus];
    const value = share(t.rejected, t.copies);
    const facts = share(t.cleanRejected, t.copies);
    return [
      {
        section: SECTION,
        metric: `faithful ${corpus} summaries wrongly rejected (of ${t.copies})`,
        lede: percent(value),
        target: '≤ 5%',
        distance: value > 0.05 ? `${percent(value - 0.05)} over` : undefined,
        note:
          corpus === 'NeuS' ? `reasons for faithful rejections, both corpora: ${why}` : undefined,
      },
      {
        section: SECTION,
        metric: `faithful ${corpus} summaries rejected by a number, name or quote check`,
        lede: percent(facts),
      },
      {
        section: SECTION,
        metric: `faithful ${corpus} summaries where the guard is wrong (looser look-up finds all)`,
        lede: percent(share(t.why['guard wrong'], t.copies)),
        target: '≤ 5%',
        note: `faithful rejected: ${FAITHFUL_REJECTIONS.map((k) => `${k} ${t.why[k]}`).join(' / ')}`,
      },
    ];
  });
}

function corruptionRows(tallies: Map<Corruption, Tally>): EvalRow[] {
  return [...tallies.entries()].map(([kind, t]) => {
    const caught = share(t.cleanRejected, t.cleanCopies);
    const targeted = TARGETED.has(kind);
    return {
      section: SECTION,
      metric: `${kind} corruptions caught (of ${t.cleanCopies} whose faithful copy passes)`,
      lede: percent(caught),
      baseline: { name: 'all copies', value: percent(share(t.rejected, t.copies)) },
      target: targeted ? '≥ 95%' : 'reported only',
      distance: targeted && caught < 0.95 ? `${percent(0.95 - caught)} short` : undefined,
    };
  });
}
