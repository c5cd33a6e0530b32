import type { Corruption } from './llm-guard-corrupt.js';
import { FAITHFUL_REJECTIONS, type FaithfulRejection } from './llm-guard-why.js';
import type { EvalRow } from './types.js';

export const SECTION = 'llm-guard';
const TARGETED = new Set<Corruption>(['number', 'name', 'quote', 'loaded']);
/** Corruptions that insert a word: the neutraliser may take it out instead of the guard rejecting. */
export const INSERTS_A_WORD = new Set<Corruption>(['loaded', 'loaded-mpqa']);

export interface Tally {
  copies: number;
  rejected: number;
  /** Copies not rejected whose inserted word the neutraliser took out before the reader. */
  removed: number;
  /** Copies whose faithful version passed: there a catch can only be the corruption's. */
  cleanCopies: number;
  cleanRejected: number;
  cleanRemoved: number;
}

export const newTally = (): Tally => ({
  copies: 0,
  rejected: 0,
  removed: 0,
  cleanCopies: 0,
  cleanRejected: 0,
  cleanRemoved: 0,
});

export interface FaithfulTally {
  copies: number;
  rejected: number;
  /** Rejected by a number, name or quote check. */
  factRejected: number;
  /** Passed with lines the neutraliser edited. */
  edited: number;
  why: Record<FaithfulRejection, number>;
}

export const newFaithfulTally = (): FaithfulTally => ({
  copies: 0,
  rejected: 0,
  factRejected: 0,
  edited: 0,
  why: { 'guard wrong': 0, 'summary adds a fact': 0, 'loaded word': 0 },
});

export type FaithfulSet = 'BBC' | 'NeuS' | 'NeuS faithful subset';
const SET_LABELS: Record<FaithfulSet, string> = {
  BBC: 'faithful BBC summaries',
  NeuS: 'faithful NeuS summaries',
  'NeuS faithful subset': 'NeuS summaries whose facts the truncated sources hold',
};

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const targetRow = (metric: string, value: number, note?: string): EvalRow => ({
  section: SECTION,
  metric,
  lede: percent(value),
  target: '≤ 5%',
  distance: value > 0.05 ? `${percent(value - 0.05)} over` : undefined,
  note,
});

const SET_NOTES: Record<FaithfulSet, string | undefined> = {
  BBC: undefined,
  NeuS: 'all 307; NeuS sources are cut short, so most rejections are right: the editors’ summary states names and numbers the three truncated sources no longer hold (see the subset row)',
  'NeuS faithful subset':
    'the NeuS summaries whose every number, capitalised word and double-quoted stretch an independent looser look-up (scripts/eval/llm-guard-why.ts, plain patterns, not the guard) finds in the three sources: faithful to the sources as truncated; the ≤ 5% target is for these',
};

export function faithfulRows(
  faithful: Record<FaithfulSet, FaithfulTally>,
  reasons: Map<string, number>,
): EvalRow[] {
  const why = [...reasons.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return (Object.keys(faithful) as FaithfulSet[]).flatMap((set) => {
    const t = faithful[set];
    const reasonsNote = set === 'NeuS' ? ` Reasons for rejections, BBC and NeuS: ${why}` : '';
    const note = (SET_NOTES[set] ?? '') + reasonsNote;
    return [
      targetRow(
        `${SET_LABELS[set]} wrongly rejected (of ${t.copies})`,
        share(t.rejected, t.copies),
        note.trim() || undefined,
      ),
      {
        section: SECTION,
        metric: `${SET_LABELS[set]} rejected by a number, name or quote check`,
        lede: percent(share(t.factRejected, t.copies)),
      },
      {
        section: SECTION,
        metric: `${SET_LABELS[set]} used with loaded words neutralised (not rejections)`,
        lede: percent(share(t.edited, t.copies)),
      },
      {
        ...targetRow(
          `${SET_LABELS[set]} where the guard is wrong (looser look-up finds all)`,
          share(t.why['guard wrong'], t.copies),
        ),
        note: `faithful rejected: ${FAITHFUL_REJECTIONS.map((k) => `${k} ${t.why[k]}`).join(' / ')}`,
      },
    ];
  });
}

/**
 * Per kind, the share of corrupted copies caught. A word-inserting corruption is caught when the
 * word does not reach the reader: rejected, or taken out by the neutraliser; the two ways are
 * printed apart.
 */
export function corruptionRows(tallies: Map<Corruption, Tally>): EvalRow[] {
  return [...tallies.entries()].flatMap(([kind, t]) => {
    const removable = INSERTS_A_WORD.has(kind);
    const caught = share(t.cleanRejected + (removable ? t.cleanRemoved : 0), t.cleanCopies);
    const all = share(t.rejected + (removable ? t.removed : 0), t.copies);
    const targeted = TARGETED.has(kind);
    const how = removable ? ', rejected or neutralised away' : '';
    const row: EvalRow = {
      section: SECTION,
      metric: `${kind} corruptions caught${how} (of ${t.cleanCopies} whose faithful copy passes)`,
      lede: percent(caught),
      baseline: { name: 'all copies', value: percent(all) },
      target: targeted ? '≥ 95%' : 'reported only',
      distance: targeted && caught < 0.95 ? `${percent(0.95 - caught)} short` : undefined,
    };
    if (!removable) return [row];
    const part = (metric: string, clean: number, any: number): EvalRow => ({
      section: SECTION,
      metric: `${kind} corruptions ${metric}`,
      lede: percent(share(clean, t.cleanCopies)),
      baseline: { name: 'all copies', value: percent(share(any, t.copies)) },
    });
    return [
      row,
      part('rejected by the guard', t.cleanRejected, t.rejected),
      part('neutralised away (word removed, line used)', t.cleanRemoved, t.removed),
    ];
  });
}
