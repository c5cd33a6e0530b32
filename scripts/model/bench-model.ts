// The shipped word scorer's own cost per 1,000 words, on BBC articles read once beforehand.
// Usage: npx tsx scripts/model/bench-model.ts
import { performance } from 'node:perf_hooks';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { findLoadedLanguage } from '../../src/core/framing/loaded-language.js';
import { scoreWriterWords } from '../../src/core/framing/model/model-terms.js';
import { readText } from '../../src/core/text/read-text.js';
import { readBbc } from '../eval/lib/corpora.js';

const lexicon = loadLexicon();
const model = lexicon.model!;
const docs = readBbc().map((a) => readText(a.article));
const words = docs.reduce((n, d) => n + d.tokens.filter((t) => /\p{L}/u.test(t.value)).length, 0);

function perThousandWords(work: () => void): number {
  work();
  const rounds = 3;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) work();
  return (performance.now() - started) / rounds / (words / 1000);
}

const scorer = perThousandWords(() => {
  for (const d of docs) scoreWriterWords(d, lexicon, [], model);
});
const withModel = perThousandWords(() => {
  for (const d of docs) findLoadedLanguage(d, lexicon, []);
});
const without = perThousandWords(() => {
  for (const d of docs) findLoadedLanguage(d, lexicon, [], { model: null });
});
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(`${docs.length} BBC articles, ${words} words; per 1,000 words:`);
console.log(`  scorer alone (candidates + scores): ${fmt(scorer)}`);
console.log(`  loaded language with scorer:        ${fmt(withModel)}`);
console.log(`  loaded language without scorer:    ${fmt(without)}`);
console.log(`  scorer's share:                     ${fmt(withModel - without)}`);
