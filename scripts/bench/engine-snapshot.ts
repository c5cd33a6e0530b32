import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { createEngine } from '../../src/core/engine.js';
import { readText } from '../../src/core/text/read-text.js';
import { readBbc, readJsonl, readNeusVal } from '../eval/lib/corpora.js';

/**
 * `npx tsx scripts/bench/engine-snapshot.ts OUT.jsonl`: the engine's analysis (and the sentence
 * split) of every bench and eval text, one line per text, so that a speed-only change can be
 * checked to change nothing: run it before and after, then `cmp` the two files.
 */
const root = join(import.meta.dirname, '..', '..');

function texts(): [string, string][] {
  const out: [string, string][] = [];
  for (const dir of ['tests/fixtures/articles', 'examples']) {
    for (const name of readdirSync(join(root, dir)).filter((n) => n.endsWith('.txt'))) {
      out.push([`${dir}/${name}`, readFileSync(join(root, dir, name), 'utf8')]);
    }
  }
  for (const a of readBbc()) out.push([`bbc/${a.id}`, a.article]);
  for (const story of readNeusVal()) {
    for (const [i, s] of story.sources.entries()) out.push([`neus/${story.id}/${i}`, s.article]);
  }
  const golden = 'pysbd-golden-rules/english_golden_rules__GOLDEN_EN_RULES.jsonl';
  for (const rule of readJsonl<{ id: string; text: string }>(golden))
    out.push([rule.id, rule.text]);
  return out;
}

const target = process.argv[2];
if (!target) throw new Error('usage: engine-snapshot.ts OUT.jsonl');
const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });
const lines: string[] = [];
const digest = createHash('sha256');
for (const [id, text] of texts()) {
  const analysis = engine.analyze({ text, title: null, source: 'snapshot' });
  const sentences = readText(text).sentences.map((s) => [s.start, s.end]);
  const line = JSON.stringify({ id, analysis, sentences });
  digest.update(line);
  lines.push(line);
}
writeFileSync(target, `${lines.join('\n')}\n`);
console.log(`${lines.length} texts, sha256 ${digest.digest('hex').slice(0, 16)}`);
