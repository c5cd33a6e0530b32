// Lists the loaded-language notes the engine raises on WNC-train sentences after the editors'
// neutral rewrite (MIT; the test split is never read), for reviewing senses and terms of art.
//   npx tsx scripts/lexicon/wnc-alarms.ts > /tmp/wnc-alarms.tsv
import { findLoadedLanguage } from '../../src/core/framing/loaded-language.js';
import { readText } from '../../src/core/text/read-text.js';
import { findDoubleQuotedSpans, readJsonl, readShippedLexicon } from './corpus.js';

interface WncRow {
  split: string;
  neutral: string;
}

const lexicon = readShippedLexicon();
let sentences = 0;
let alarmed = 0;
for (const row of readJsonl<WncRow>('wnc-sample-pryzant/wnc_sample_pairs.jsonl')) {
  if (row.split !== 'train') continue;
  sentences++;
  const doc = readText(row.neutral);
  const notes = findLoadedLanguage(doc, lexicon, findDoubleQuotedSpans(row.neutral), {
    model: null,
  });
  if (notes.length > 0) alarmed++;
  for (const n of notes) console.log(`${n.text}\t${n.voice}\t${row.neutral}`);
}
process.stderr.write(`wnc train neutral sentences with a note: ${alarmed}/${sentences}\n`);
