import type { Lexicon } from '../../src/core/framing/lexicon.js';
import { findLoadedLanguage } from '../../src/core/framing/loaded-language.js';
import { findOpinionAsFact } from '../../src/core/framing/opinion-as-fact.js';
import type { Span } from '../../src/core/types.js';
import { readBabeSentences, readShippedLexicon, readWordList } from '../lexicon/corpus.js';
import { fitLexicon, type LabelledDoc } from '../lexicon/fit-folds.js';
import { baselineSentenceFlags } from './lib/baseline-detectors.js';
import { distanceTo } from './lib/targets.js';
import type { EvalRow, EvalSection } from './types.js';

interface Row extends LabelledDoc {
  opinion: boolean | null;
}
/** What a flagger says about one sentence: word spans it calls loaded, and any opinion note. */
type Flagger = (row: Row) => { loaded: Span[]; opinion: boolean };

const FOLDS = 5;
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7];

function loadRows(): Row[] {
  return readBabeSentences();
}

/** Token-level scoring as in the BABE baseline notebook: \w+ tokens, gold = marked words. */
function score(rows: readonly Row[], flag: Flagger) {
  let tp = 0,
    fp = 0,
    fn = 0,
    alarms = 0,
    unbiased = 0,
    opinionHits = 0,
    opinionRows = 0;
  const sent = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const row of rows) {
    const f = flag(row);
    const said = f.loaded.length > 0 || f.opinion;
    if (row.biased && row.gold.size > 0) {
      for (const m of row.doc.text.matchAll(/\w+/g)) {
        const end = m.index + m[0].length;
        const p = f.loaded.some(([s, e]) => s < end && e > m.index);
        const g = row.gold.has(m[0].toLowerCase());
        if (p && g) tp++;
        else if (p) fp++;
        else if (g) fn++;
      }
    }
    if (!row.biased) {
      unbiased++;
      if (f.loaded.length > 0) alarms++;
    }
    if (row.biased) said ? sent.tp++ : sent.fn++;
    else said ? sent.fp++ : sent.tn++;
    if (row.opinion !== null) {
      opinionRows++;
      if (said === row.opinion) opinionHits++;
    }
  }
  const p = tp / (tp + fp || 1),
    r = tp / (tp + fn || 1);
  const f1 = (a: number, b: number) => (a + b === 0 ? 0 : (2 * a * b) / (a + b));
  const n = sent.tp + sent.fp + sent.fn + sent.tn;
  const biasedF1 = f1(sent.tp / (sent.tp + sent.fp || 1), sent.tp / (sent.tp + sent.fn || 1));
  const neutralF1 = f1(sent.tn / (sent.tn + sent.fn || 1), sent.tn / (sent.tn + sent.fp || 1));
  return {
    p,
    r,
    f1: f1(p, r),
    falseAlarm: alarms / unbiased,
    alarms,
    unbiased,
    accuracy: (sent.tp + sent.tn) / n,
    macroF1: (biasedF1 + neutralF1) / 2,
    opinionAccuracy: opinionHits / opinionRows,
  };
}
type Scores = ReturnType<typeof score>;

function ledeFlagger(lexicon: Lexicon, minWeight?: number): Flagger {
  return (row) => ({
    loaded: findLoadedLanguage(row.doc, lexicon, row.quoted, { minWeight }).map((n) => n.span),
    opinion: findOpinionAsFact(row.doc, lexicon, row.quoted).length > 0,
  });
}

function negativeLexiconFlagger(negative: Set<string>): Flagger {
  return (row) => {
    const loaded: Span[] = [];
    for (const m of row.doc.text.matchAll(/\w+/g)) {
      if (negative.has(m[0].toLowerCase())) loaded.push([m.index, m.index + m[0].length]);
    }
    return { loaded, opinion: false };
  };
}

/**
 * k-fold CV of the fitted layer: for each fold, weights, added terms and the reporting threshold
 * come from the other folds only; the fold is then scored and the flags pooled.
 */
function crossValidated(rows: readonly Row[], lexicon: Lexicon): Scores {
  const flags = new Map<Row, ReturnType<Flagger>>();
  for (let k = 0; k < FOLDS; k++) {
    const train = rows.filter((_, i) => i % FOLDS !== k);
    const fitted = fitLexicon(lexicon.entries, train);
    const best = THRESHOLDS.map((t) => ({ t, s: score(train, ledeFlagger(fitted, t)) }))
      .filter((x) => x.s.falseAlarm <= 0.2)
      .sort((a, b) => b.s.f1 - a.s.f1)[0];
    const flag = ledeFlagger(fitted, best?.t ?? 0.7);
    for (const [i, row] of rows.entries()) if (i % FOLDS === k) flags.set(row, flag(row));
  }
  return score(rows, (row) => flags.get(row)!);
}

const fmt = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
/** The share with its counts: a bound like 12% is judged on the count, not the rounding. */
/** Issue 12's word-level target is judged on three decimals, as the row prints. */
const gapBelow = (value: number, target: number) =>
  value >= target ? undefined : `missed by ${(target - value).toFixed(3)}`;
const alarmShare = (x: Scores) => `${pct(x.falseAlarm)} (${x.alarms}/${x.unbiased})`;

/** Today's engine's figure for a row, when that engine was run (shipped-lexicon rows only). */
type Today = Scores | 'unavailable' | undefined;

function rowsFor(name: string, s: Scores, base: Scores, note: string, today?: Today): EvalRow[] {
  const section = `BABE (${name})`;
  const neg = (v: number | string) => ({ name: 'Hu & Liu negative words', value: v });
  const of = (pick: (x: Scores) => string) =>
    today === undefined ? {} : { today: today === 'unavailable' ? today : pick(today) };
  const rows: EvalRow[] = [
    {
      section,
      metric: 'word F1 (biased sentences with marked words)',
      ...of((x) => fmt(x.f1)),
      lede: fmt(s.f1),
      baseline: neg(fmt(base.f1)),
      anchor: 'negative-sentiment lexicon F1 0.40 (Spinde et al. 2021)',
      target: '>= 0.45 (aim 0.55)',
      distance: gapBelow(s.f1, 0.45),
      note,
    },
    {
      section,
      metric: 'word precision / recall',
      ...of((x) => `${fmt(x.p)} / ${fmt(x.r)}`),
      lede: `${fmt(s.p)} / ${fmt(s.r)}`,
      baseline: neg(`${fmt(base.p)} / ${fmt(base.r)}`),
      anchor: 'lexicon P 0.35 / R 0.47',
    },
    {
      section,
      metric: 'non-biased sentences with a loaded-language note',
      ...of(alarmShare),
      lede: alarmShare(s),
      baseline: neg(pct(base.falseAlarm)),
      target: '<= 12%',
      distance: distanceTo(s.falseAlarm, 0.12, { percent: true }),
    },
    {
      section,
      metric: 'sentence accuracy (Biased vs Non-biased)',
      ...of((x) => fmt(x.accuracy)),
      lede: fmt(s.accuracy),
      baseline: neg(fmt(base.accuracy)),
      anchor: 'XGBoost 0.575; RoBERTa 0.801',
    },
    {
      section,
      metric: 'sentence macro-F1 (Biased, Non-biased)',
      ...of((x) => fmt(x.macroF1)),
      lede: fmt(s.macroF1),
      baseline: neg(fmt(base.macroF1)),
      anchor: 'RoBERTa 0.804',
      target: '>= 0.70',
    },
    {
      section,
      metric: 'accuracy vs opinion label (any note = opinionated)',
      ...of((x) => fmt(x.opinionAccuracy)),
      lede: fmt(s.opinionAccuracy),
      baseline: neg(fmt(base.opinionAccuracy)),
    },
  ];
  return rows;
}

export const babeSection: EvalSection = {
  name: 'babe',
  async run() {
    const rows = loadRows();
    const lexicon = readShippedLexicon();
    const base = score(
      rows,
      negativeLexiconFlagger(readWordList('bias-lexicons/negative_liu2005.txt')),
    );
    const todayFlags = await baselineSentenceFlags();
    const today = todayFlags
      ? score(rows, (row) => todayFlags(row.doc.text, row.quoted))
      : 'unavailable';
    return [
      ...rowsFor(
        'shipped: lexicon + word scorer',
        score(rows, ledeFlagger(lexicon)),
        base,
        `as the engine runs; word scorer (config/model): ${lexicon.model?.made ?? 'absent'}`,
        today,
      ),
      ...rowsFor(
        'reviewed lexicon alone',
        score(rows, ledeFlagger({ ...lexicon, model: undefined })),
        base,
        'reviewed lexicon and expressions, no scorer; no weight or term was fitted on BABE',
      ),
      ...rowsFor(
        `fitted layer, ${FOLDS}-fold CV`,
        crossValidated(rows, lexicon),
        base,
        'weights, added terms and threshold fitted on 4 folds, scored on the held-out fold',
      ),
    ];
  },
};
