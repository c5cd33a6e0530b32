import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from '../../src/core/attribution/find-quotes.js';
import { classifyGenre, measureGenreSignals, opinionScore } from '../../src/core/framing/genre.js';
import type { Quote } from '../../src/core/framing/types.js';
import { readText } from '../../src/core/text/read-text.js';
import type { TextDoc } from '../../src/core/text/text-model.js';
import { corporaDir, readBbc, readJsonl } from './lib/corpora.js';
import type { EvalRow, EvalSection } from './types.js';

const SECTION = 'Genre';
const STAND_IN =
  'evaluative count = words in Riloff & Wiebe 2003 strong subjectives (stand-in for the loaded-language count)';

function loadStrongSubjectives(): Set<string> {
  const file = join(corporaDir(), 'bias-lexicons/strong_subjectives_riloff2003.txt');
  const words = readFileSync(file, 'utf8').split('\n');
  return new Set(words.map((w) => w.trim()).filter((w) => w && !w.startsWith('#')));
}

/** Probability that a randomly chosen positive scores above a randomly chosen negative. */
function areaUnderCurve(positives: number[], negatives: number[]): number {
  const all = [...positives.map((v) => ({ v, pos: 1 })), ...negatives.map((v) => ({ v, pos: 0 }))];
  all.sort((a, b) => a.v - b.v);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]!.v === all[i]!.v) j++;
    const meanRank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k]!.pos) rankSum += meanRank;
    i = j;
  }
  const p = positives.length;
  return (rankSum - (p * (p + 1)) / 2) / (p * negatives.length);
}

type Analyse = (text: string) => { doc: TextDoc; quotes: Quote[]; evaluative: number };

function analyser(): Analyse {
  const strong = loadStrongSubjectives();
  return (text) => {
    const doc = readText(text);
    const evaluative = doc.tokens.filter((t) => strong.has(t.normal)).length;
    return { doc, quotes: findQuotes(doc), evaluative };
  };
}

const pct = (n: number) => `${(100 * n).toFixed(1)}%`;

function bbcRow(analyse: Analyse): EvalRow {
  const labels = readBbc().map((row) => {
    const a = analyse(row.article);
    return classifyGenre(a.doc, a.quotes, a.evaluative).genre.label;
  });
  const share = (label: string) => labels.filter((l) => l === label).length / labels.length;
  return {
    section: SECTION,
    metric: `BBC News articles read as news (n=${labels.length})`,
    lede: pct(share('news')),
    note: `analysis ${pct(share('analysis'))}, opinion ${pct(share('opinion'))} (BBC has some reviews and columns); ${STAND_IN}`,
  };
}

function seedRow(analyse: Analyse): EvalRow {
  const seedText = readFileSync(join(corporaDir(), '../seeds/belarus-envoy-opinion.txt'), 'utf8');
  const seed = analyse(seedText);
  const genre = classifyGenre(seed.doc, seed.quotes, seed.evaluative).genre;
  return {
    section: SECTION,
    metric: 'Opinion seed (belarus-envoy-opinion.txt)',
    lede: `${genre.label} (${genre.score})`,
    target: 'opinion',
  };
}

/** BABE labels sentences, not articles: how well the opinion score ranks them is a proxy. */
function babeRow(analyse: Analyse): EvalRow {
  const babe = readJsonl<{ text: string; label_opinion: string }>('babe/babe_sg2.jsonl');
  const scored = babe.map((row) => {
    const a = analyse(row.text);
    const signals = measureGenreSignals(a.doc, a.quotes, a.evaluative);
    return { label: row.label_opinion, score: opinionScore(signals), density: signals.evaluative };
  });
  const opinion = scored.filter((s) => s.label.startsWith('Expresses'));
  const factual = scored.filter((s) => s.label === 'Entirely factual');
  const auc = (pick: (s: (typeof scored)[number]) => number) =>
    areaUnderCurve(opinion.map(pick), factual.map(pick)).toFixed(3);
  return {
    section: SECTION,
    metric: `BABE sentences, AUC of opinion score: writer's opinion (${opinion.length}) vs entirely factual (${factual.length})`,
    lede: auc((s) => s.score),
    baseline: { name: 'evaluative density alone', value: auc((s) => s.density) },
    anchor: 'annotators agree on opinion at Krippendorff α 0.60 (Spinde et al. 2021)',
    note: `sentence-level proxy for an article-level classifier; ${STAND_IN}`,
  };
}

export const genreEval: EvalSection = {
  name: SECTION,
  async run(): Promise<EvalRow[]> {
    const analyse = analyser();
    return [bbcRow(analyse), seedRow(analyse), babeRow(analyse)];
  },
};
