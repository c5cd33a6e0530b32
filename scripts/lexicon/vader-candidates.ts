// Lists lexicon candidates for review from the VADER lexicon (MIT; shipped by the devDependency
// vader-sentiment, Apache-2.0): words people rated strongly positive or negative that the
// reviewed lexicon lacks. Prints candidates only; nothing is added without a reviewer's decision.
//   npx tsx scripts/lexicon/vader-candidates.ts [--min=2.5] [--max=4] > /tmp/vader.tsv
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { derivedAdverbs } from '../../src/core/framing/lexical/morphology.js';
import type { LexiconEntry } from '../../src/core/framing/lexicon.js';
import { readText } from '../../src/core/text/read-text.js';
import { readVader, type VaderWord } from './vader.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Every word the lexicon already covers: terms, derived adverbs and neutral alternatives. */
function knownWords(entries: readonly LexiconEntry[]): Set<string> {
  const known = new Set<string>();
  for (const e of [...entries, ...derivedAdverbs(entries)]) {
    known.add(e.term);
    for (const w of e.neutral.toLowerCase().match(/[a-z-]+/g) ?? []) known.add(w);
  }
  const neutral = readFileSync(path.join(repoRoot, 'scripts/model/neutral-words.txt'), 'utf8');
  for (const line of neutral.split('\n')) if (!line.startsWith('#')) known.add(line.trim());
  return known;
}

/** GloVe frequency rank (the scorer's vocabulary keeps GloVe's order for its first 40,000). */
function frequencyRank(): Map<string, number> {
  const words = readFileSync(path.join(repoRoot, 'config/model/vocabulary.txt'), 'utf8');
  return new Map(words.split('\n').map((w, i) => [w, i + 1] as const));
}

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
}

function main(): void {
  const lexiconPath = path.join(repoRoot, 'config/lexicon.json');
  const entries = JSON.parse(readFileSync(lexiconPath, 'utf8')) as LexiconEntry[];
  const known = knownWords(entries);
  const rank = frequencyRank();
  const [min, max] = [option('min', 2.5), option('max', 4)];
  const byLemma = new Map<string, VaderWord[]>();
  for (const v of readVader()) {
    if (known.has(v.word)) continue;
    const lemma = readText(v.word).tokens[0]?.lemma ?? v.word;
    if (!known.has(lemma)) byLemma.set(lemma, [...(byLemma.get(lemma) ?? []), v]);
  }
  const strength = (forms: VaderWord[]) => Math.max(...forms.map((f) => Math.abs(f.valence)));
  for (const [lemma, forms] of byLemma)
    if (strength(forms) < min || strength(forms) >= max) byLemma.delete(lemma);
  process.stderr.write(`vader candidates ${min} <= |valence| < ${max}: ${byLemma.size}\n`);
  console.log('lemma\tvalence\tspread\tglove-rank\tforms');
  for (const [lemma, forms] of [...byLemma].sort((a, b) => a[0].localeCompare(b[0]))) {
    const top = forms.reduce((a, b) => (Math.abs(b.valence) > Math.abs(a.valence) ? b : a));
    const r = Math.min(...forms.map((f) => rank.get(f.word) ?? Infinity));
    const shown = Number.isFinite(r) ? String(r) : '-';
    const names = forms.map((f) => f.word).join(',');
    console.log(`${lemma}\t${top.valence}\t${top.spread}\t${shown}\t${names}`);
  }
}

main();
