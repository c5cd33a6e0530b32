// Builds the shipped word scorer in config/model/ (see scripts/model/README.md).
// Usage: NODE_OPTIONS=--max-old-space-size=6144 npx tsx scripts/model/train.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { LOADED_CATEGORIES } from '../../src/core/framing/lexicon.js';
import { EXTRA_FEATURES } from '../../src/core/framing/model/features.js';
import {
  dotsWith,
  encodeWordParts,
  quantiseVectors,
  readVectors,
} from '../../src/core/framing/model/vectors.js';
import { readJsonl } from '../lexicon/corpus.js';
import { bestThreshold, type CvResult, outOfFold } from './cross-validate.js';
import { type FeatureSpace, type WncPair, wncExamples, wordExample } from './examples.js';
import { type Example, fitLogistic } from './logistic.js';
import { EMBEDDINGS_PACKAGE, pruneVocabulary, readEmbeddings } from './vocabulary.js';

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'config/model');
const TOP_WORDS = 40_000;
const FOLDS = 5;
const L2_GRID = [1e-4, 1e-3, 1e-2];
const FIT = { epochs: 300, learningRate: 0.05 };
// The product's bound on notes in neutral text, applied to WNC's edited (neutral) sentences.
const MAX_NEUTRAL_ALARMS = 0.12;
// Issue 12: scorer-only notes were mostly false alarms on real pages, so the threshold is the
// best word F1 among those right at least 3 times in 4 out of fold on WNC train (where only the
// editor's removed words count as right, so this understates precision on loaded text).
const MIN_PRECISION = 0.75;
// The reviewed lexicon defines what Lede calls loaded; its words (and the neutral words) weigh as
// much in the loss as all WNC words together, so the vectors learn the lexicon's sense of it.
const WORD_LIST_SHARE = 0.5;
const LOADED = new Set<string>(LOADED_CATEGORIES);

const lexicon = loadLexicon(path.join(root, 'config'), { withModel: false });
const pairs = readJsonl<WncPair>('wnc-sample-pryzant/wnc_sample_pairs.jsonl').filter(
  (p) => p.split === 'train',
);
const neutralWords = [
  ...readFileSync(path.join(import.meta.dirname, 'neutral-words.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#')),
  ...lexicon.entries.map((e) => e.neutral).filter((w) => /^[a-z]+$/.test(w) && w !== 'omit'),
  ...wncAddedWords(pairs),
].filter((w, i, all) => !lexicon.byFirst.has(w) && all.indexOf(w) === i);
const positives = lexicon.entries.filter(
  (e) => LOADED.has(e.category) && e.weight >= 0.5 && !e.term.includes(' '),
);

const embeddings = readEmbeddings();
const pruned = pruneVocabulary(embeddings, TOP_WORDS, {
  lexicon: lexicon.entries.flatMap((e) => e.term.split(/[\s-]+/)),
  wnc: pairs.flatMap((p) => p.biased.split(' ')),
  neutral: neutralWords,
});
const dims = embeddings.dimensions;
const bytes = quantiseVectors(pruned.vectors, dims);
const space: FeatureSpace = {
  vectors: readVectors(bytes, pruned.words.length, dims),
  index: new Map(pruned.words.map((w, i) => [w, i])),
};

const sentences = pairs
  .filter((p) => p.removed_tokens.length > 0)
  .map((p) => wncExamples(space, lexicon, p))
  .filter((s) => s.examples.length > 0);
const listed: Example[] = [
  ...positives.map((e) => wordExample(space, lexicon, e.term, 1)),
  ...neutralWords.map((w) => wordExample(space, lexicon, w, 0)),
].filter((e): e is Example => e !== null);
const wncWords = sentences.reduce((n, s) => n + s.examples.length, 0);
const listWeight = (WORD_LIST_SHARE / (1 - WORD_LIST_SHARE)) * (wncWords / listed.length);
const always = listed.map((e) => ({ ...e, weight: listWeight }));

/** Words WNC editors put in when they neutralised a sentence (and did not also take out). */
function wncAddedWords(train: readonly WncPair[]): string[] {
  return train.flatMap((p) =>
    p.added_tokens.filter((w) => /^[a-z]{3,}$/.test(w) && !p.removed_tokens.includes(w)),
  );
}

const results: CvResult[] = L2_GRID.map((l2) => {
  const oof = outOfFold(sentences, always, FOLDS, { ...FIT, l2 });
  const cv = bestThreshold(sentences, oof, l2, {
    maxAlarms: MAX_NEUTRAL_ALARMS,
    minPrecision: MIN_PRECISION,
  });
  console.log(JSON.stringify(cv));
  return cv;
});
// Ties in F1 go to the stronger regularisation: the simpler model.
const better = (a: CvResult, b: CvResult) =>
  b.f1 > a.f1 || (b.f1 === a.f1 && b.l2 > a.l2) ? b : a;
const precise = results.filter((r) => r.precision >= MIN_PRECISION);
const chosen = precise.length
  ? precise.reduce(better)
  : results.reduce((a, b) => (b.precision > a.precision ? b : a));
const fit = fitLogistic([...sentences.flatMap((s) => s.examples), ...always], {
  ...FIT,
  l2: chosen.l2,
});
const round = (x: number) => Math.round(x * 1e5) / 1e5;
const weights = [...fit.weights].map(round);
const made =
  `logistic regression on ${sentences.length} WNC train sentences (MIT) + ${always.length} ` +
  `reviewed lexicon/neutral words, GloVe vectors of ${EMBEDDINGS_PACKAGE} (PDDL) pruned to ` +
  `${pruned.words.length} words, int8; threshold ${chosen.threshold.toFixed(2)} by ${FOLDS}-fold ` +
  `CV on WNC train (best CV word F1 ${chosen.f1.toFixed(3)} among thresholds with CV precision >= ` +
  `${MIN_PRECISION} and notes on <= ${100 * MAX_NEUTRAL_ALARMS}% of the edited neutral sentences; ` +
  `CV precision ${chosen.precision.toFixed(3)}, recall ${chosen.recall.toFixed(3)}); no BABE`;
writeFileSync(path.join(out, 'vocabulary.txt'), `${pruned.words.join('\n')}\n`);
// The engine needs only each word's two dot products with the weights, not its vector.
const [wordPart, contextPart] = dotsWith(
  space.vectors,
  weights.slice(0, dims),
  weights.slice(dims, 2 * dims),
);
writeFileSync(path.join(out, 'parts.bin'), encodeWordParts(wordPart, contextPart));
writeFileSync(
  path.join(out, 'weights.json'),
  `${JSON.stringify({
    format: 'lede-word-scorer/1',
    dimensions: dims,
    features: EXTRA_FEATURES,
    bias: round(fit.bias),
    word: weights.slice(0, dims),
    context: weights.slice(dims, 2 * dims),
    extra: weights.slice(2 * dims),
    threshold: round(chosen.threshold),
    made,
  })}\n`,
);
writeFileSync(
  path.join(out, 'how-made.json'),
  `${JSON.stringify(
    {
      command: 'NODE_OPTIONS=--max-old-space-size=6144 npx tsx scripts/model/train.ts',
      date: new Date().toISOString().slice(0, 10),
      summary: made,
      sources: [
        {
          name: `${EMBEDDINGS_PACKAGE}@${embeddings.version}`,
          licence: 'MIT package; GloVe vectors PDDL 1.0',
          use: 'word vectors',
        },
        {
          name: 'wnc-sample-pryzant train split (Pryzant et al. 2020)',
          licence: 'MIT',
          use: 'labels: removed tokens positive, kept tokens negative; test split held out',
        },
        {
          name: 'config/lexicon.json (Lede, reviewed)',
          licence: 'Lede',
          use: 'positives and the lexicon features',
        },
        {
          name: 'scripts/model/neutral-words.txt, lexicon neutral alternatives, words WNC train editors added',
          licence: 'Lede; MIT (WNC)',
          use: 'negatives',
        },
      ],
      notUsed:
        'BABE, MBIC, BBC, NeuS, WikiNPOV, MPQA and the Hu & Liu / Riloff lists: measurement only',
      vocabulary: {
        total: pruned.words.length,
        ...pruned.counts,
        rule: `the ${TOP_WORDS} most frequent GloVe words with a letter, plus lexicon, WNC-train and neutral words that have a vector`,
      },
      quantisation: 'per-word int8 (largest component = ±127) with a float32 scale',
      examples: {
        wncSentences: sentences.length,
        wncWords,
        lexiconPositives: positives.length,
        neutralNegatives: neutralWords.length,
      },
      hyperParameters: {
        ...FIT,
        maxNeutralAlarms: MAX_NEUTRAL_ALARMS,
        minPrecision: MIN_PRECISION,
        decisionRule: `threshold = best out-of-fold word F1 among thresholds 0.05..0.95 with CV precision >= ${MIN_PRECISION} and neutral-sentence alarms <= ${MAX_NEUTRAL_ALARMS}; L2 likewise (session 2 rule: best F1 under the alarm bound only, threshold 0.61, CV precision 0.703)`,
        wordListShare: WORD_LIST_SHARE,
        listWeight: round(listWeight),
        l2Grid: L2_GRID,
        l2: chosen.l2,
        folds: FOLDS,
        features: [
          'word vector (100)',
          'mean vector of two words either side (100)',
          ...EXTRA_FEATURES,
        ],
      },
      crossValidation: results,
    },
    null,
    2,
  )}\n`,
);
console.log(made);
