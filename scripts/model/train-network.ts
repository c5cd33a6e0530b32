// Session 7 experiment: the word scorer as one hidden layer of tanh units over the same rows.
// Usage: NODE_OPTIONS=--max-old-space-size=6144 npx tsx scripts/model/train-network.ts [--cv-only]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bestThreshold, type CvResult, outOfFold, type Trainer } from './cross-validate.js';
import { fitNetwork, type Network, type NetworkOptions, predictNetwork } from './network.js';
import { networkParts, networkWeights } from './network-files.js';
import { splitContextRow } from './split-context-row.js';
import { readTrainingData } from './training-data.js';
import { EMBEDDINGS_PACKAGE } from './vocabulary.js';

const out = path.resolve(import.meta.dirname, '../../config/model');
const FOLDS = 5;
const GRID = [
  { hidden: 16, l2: 1e-3 },
  { hidden: 16, l2: 3e-3 },
  { hidden: 16, l2: 1e-2 },
  { hidden: 32, l2: 1e-3 },
  { hidden: 32, l2: 3e-3 },
];
const FIT = { epochs: Number(process.env.EPOCHS ?? 30), learningRate: 0.003, batch: 64, seed: 7 };
const RULE = { maxAlarms: 0.12, minPrecision: 0.75 };

// ROW=split: the variant rows of split-context-row.ts (cross-validation only).
const split = process.env.ROW === 'split';
const data = readTrainingData(split ? splitContextRow : undefined);
const grid = split ? GRID.filter((g) => g.hidden === 16 && g.l2 >= 3e-3) : GRID;
const { sentences, always, dims } = data;
const trainer =
  (o: NetworkOptions): Trainer =>
  (rows) => {
    const net = fitNetwork(rows, o);
    return (x: Float32Array) => predictNetwork(net, x);
  };

const results: (CvResult & { hidden: number })[] = grid.map(({ hidden, l2 }) => {
  const started = Date.now();
  const oof = outOfFold(sentences, always, FOLDS, trainer({ ...FIT, hidden, l2 }));
  const cv = { hidden, ...bestThreshold(sentences, oof, l2, RULE) };
  console.log(JSON.stringify({ ...cv, seconds: (Date.now() - started) / 1000 }));
  return cv;
});
if (split || process.argv.includes('--cv-only')) process.exit(0);

const precise = results.filter((r) => r.precision >= RULE.minPrecision);
// Ties in F1 go to the smaller, more regularised network.
const chosen = (precise.length ? precise : results).reduce((a, b) =>
  b.f1 > a.f1 || (b.f1 === a.f1 && (b.hidden < a.hidden || b.l2 > a.l2)) ? b : a,
);
const net = fitNetwork([...sentences.flatMap((s) => s.examples), ...always], {
  ...FIT,
  hidden: chosen.hidden,
  l2: chosen.l2,
});
writeNetwork(net, chosen);

function writeNetwork(net: Network, cv: CvResult & { hidden: number }) {
  const H = net.hidden;
  const made =
    `one hidden layer of ${H} tanh units on ${sentences.length} WNC train sentences (MIT) + ` +
    `${always.length} reviewed lexicon/neutral words, GloVe vectors of ${EMBEDDINGS_PACKAGE} ` +
    `(PDDL) pruned to ${data.pruned.words.length} words; threshold ${cv.threshold.toFixed(2)}, ` +
    `L2 ${cv.l2} by ${FOLDS}-fold CV on WNC train (CV precision ${cv.precision.toFixed(3)}, ` +
    `recall ${cv.recall.toFixed(3)}); no BABE`;
  writeFileSync(path.join(out, 'vocabulary.txt'), `${data.pruned.words.join('\n')}\n`);
  writeFileSync(path.join(out, 'parts.bin'), networkParts(net, data.space.vectors));
  writeFileSync(
    path.join(out, 'weights.json'),
    `${JSON.stringify({ ...networkWeights(net, dims), threshold: cv.threshold, made })}\n`,
  );
  console.log(made);
}
