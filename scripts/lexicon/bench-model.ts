// Speed of the learned scorer inside the engine: the engine with and without the model over the
// BBC articles of 800-1,200 words (the bench's ~1,000-word set), interleaved rounds, same process.
// Usage: npx tsx scripts/lexicon/bench-model.ts
import { performance } from 'node:perf_hooks';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { createEngine } from '../../src/core/engine.js';
import { parseLoadedModel, scoreWords } from '../../src/core/framing/model/loaded-model.js';
import { readText } from '../../src/core/text/read-text.js';
import { readBbc } from '../eval/lib/corpora.js';
import { buildLearnedModel } from './learned-model.js';

const lexicon = loadLexicon();
const loadedModel = parseLoadedModel(buildLearnedModel());
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const texts = readBbc()
  .map((a) => a.article)
  .filter((t) => words(t) >= 800 && words(t) <= 1200);
const plain = createEngine({ lexicon, digestSentences: 3, digestMaxWords: 90 });
const learned = createEngine({ lexicon, loadedModel, digestSentences: 3, digestMaxWords: 90 });

function perSecond(engine: typeof plain): number {
  const t0 = performance.now();
  for (const text of texts) engine.analyze({ text, title: null, source: 'bench' });
  return (texts.length * 1000) / (performance.now() - t0);
}
const rounds = { plain: [] as number[], learned: [] as number[] };
for (let r = 0; r < 6; r++) {
  rounds.plain.push(perSecond(plain));
  rounds.learned.push(perSecond(learned));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const docs = texts.map((t) => readText(t));
const totalWords = docs.reduce((n, d) => n + d.tokens.filter((t) => t.pos !== 'PUNCT').length, 0);
for (const d of docs) scoreWords(d, lexicon, [], loadedModel);
const t0 = performance.now();
for (let r = 0; r < 10; r++) for (const d of docs) scoreWords(d, lexicon, [], loadedModel);
const msPer1000 = (performance.now() - t0) / 10 / (totalWords / 1000);

console.log(`${texts.length} BBC articles of 800-1,200 words, median of 6 interleaved rounds`);
console.log(`engine, lexicon only:   ${median(rounds.plain).toFixed(0)} articles/s`);
console.log(`engine, learned scorer: ${median(rounds.learned).toFixed(0)} articles/s`);
console.log(
  `scoreWords alone (incl. lexicon matching): ${msPer1000.toFixed(3)} ms per 1,000 words`,
);
