// Lists lexicon candidates for review from the two allowed sources (see README.md here): the
// GloVe nearest neighbours of reviewed entries, and the words WNC-train editors removed. Prints
// candidates only; nothing is added to config/lexicon.json without a reviewer's decision.
//   NODE_OPTIONS=--max-old-space-size=6144 npx tsx scripts/lexicon/candidates.ts > /tmp/candidates.tsv
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readEmbeddings } from '../model/vocabulary.js';
import { corporaDir, readJsonl } from './corpus.js';

const TOP_WORDS = 60_000;
const NEIGHBOURS = 12;
const MIN_COSINE = 0.6;

interface Entry {
  term: string;
  category: string;
  weight: number;
}
interface WncRow {
  split: string;
  removed_tokens: string[];
}

function unit(v: readonly number[]): Float32Array {
  const norm = Math.hypot(...v) || 1;
  return Float32Array.from(v, (x) => x / norm);
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!;
  return s;
}

function frequentWords(): {
  words: string[];
  units: Float32Array[];
  seedUnit: (w: string) => Float32Array | undefined;
} {
  const e = readEmbeddings();
  const words = e.words.filter((w) => /^[a-z][a-z-]*$/.test(w) && e.vectors[w]).slice(0, TOP_WORDS);
  const units = words.map((w) => unit(e.vectors[w]!.slice(0, e.dimensions)));
  const seedUnit = (w: string) => {
    const v = e.vectors[w];
    return v ? unit(v.slice(0, e.dimensions)) : undefined;
  };
  return { words, units, seedUnit };
}

/** For each candidate word: the reviewed entries it is a near neighbour of, and the best cosine. */
function gloveCandidates(seeds: readonly Entry[], known: ReadonlySet<string>) {
  const { words, units, seedUnit } = frequentWords();
  const found = new Map<string, { seeds: string[]; best: number; category: string }>();
  for (const seed of seeds) {
    const s = seedUnit(seed.term);
    if (!s) continue;
    const scored = words.map((w, i) => [w, dot(s, units[i]!)] as const);
    scored.sort((a, b) => b[1] - a[1]);
    for (const [w, cos] of scored.slice(0, NEIGHBOURS + 1)) {
      if (known.has(w) || cos < MIN_COSINE) continue;
      const c = found.get(w) ?? { seeds: [], best: 0, category: seed.category };
      c.seeds.push(seed.term);
      if (cos > c.best) c.best = cos;
      found.set(w, c);
    }
  }
  return found;
}

function wncRemoved(known: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of readJsonl<WncRow>('wnc-sample-pryzant/wnc_sample_pairs.jsonl')) {
    if (row.split !== 'train') continue;
    for (const w of row.removed_tokens) {
      if (!/^[a-z][a-z-]+$/.test(w) || known.has(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

const lexiconPath = path.resolve(import.meta.dirname, '../../config/lexicon.json');
const entries = JSON.parse(readFileSync(lexiconPath, 'utf8')) as Entry[];
const known = new Set(entries.map((e) => e.term));
const seeds = entries.filter((e) => !e.term.includes(' ') && e.weight >= 0.6);
process.stderr.write(`candidates: ${seeds.length} seeds, corpora at ${corporaDir()}\n`);
const glove = gloveCandidates(seeds, known);
const rows = [...glove].sort(
  (a, b) => b[1].seeds.length - a[1].seeds.length || b[1].best - a[1].best,
);
for (const [w, c] of rows)
  console.log(
    `glove\t${w}\t${c.seeds.length}\t${c.best.toFixed(2)}\t${c.category}\t${c.seeds.slice(0, 5).join(',')}`,
  );
for (const [w, n] of [...wncRemoved(known)].sort((a, b) => b[1] - a[1]))
  console.log(`wnc\t${w}\t${n}`);
