// The loaded-language notes that entries of one source raise on the 311 real pages
// (article-extraction-benchmark and readability-test-pages), with their context, for reading
// each in its sense (scripts/lexicon/README.md, step 3). The 50 pages whose notes the eval judges
// for precision (30, and 20 fresh ones) are left out, so that reading here never tunes the
// lexicon to them.
//   npx tsx scripts/lexicon/real-page-notes.ts --source=vader > /tmp/notes.txt
import { derivedAdverbs, isInflectionOf } from '../../src/core/framing/lexical/morphology.js';
import type { FramingNote } from '../../src/core/types.js';
import { currentEngine } from '../eval/lib/baseline-engine.js';
import { FRESH_PAGES_FILE, readNoteJudgements } from '../eval/lib/note-judgements.js';
import { readRealPages } from '../eval/lib/real-pages-corpus.js';
import { readShippedLexicon } from './corpus.js';

const source = process.argv.find((a) => a.startsWith('--source='))?.slice(9) ?? 'vader';
const { entries } = readShippedLexicon();
const mine = entries.filter((e) => e.source === source);
const terms = [
  ...mine,
  ...derivedAdverbs(entries).filter((d) => mine.some((e) => d.source === `derived:${e.term}`)),
].map((e) => e.term);

/** Whether a note's words hold one of the source's terms, in any inflection. */
function raisedBySource(note: FramingNote): boolean {
  const text = note.text.toLowerCase();
  const words = text.match(/[\p{L}'’-]+/gu) ?? [];
  return terms.some((t) =>
    t.includes(' ') ? text.includes(t) : words.some((w) => w === t || isInflectionOf(w, t)),
  );
}

const judged = new Set([
  ...readNoteJudgements().pages,
  ...readNoteJudgements(FRESH_PAGES_FILE).pages,
]);
const engine = await currentEngine();
for (const page of readRealPages().filter((p) => !judged.has(p.id))) {
  const article = engine.extract(page.html, page.url);
  if (!article) continue;
  const analysis = await engine.analyzePage(article, page.url);
  for (const note of analysis.notes) {
    if (note.kind !== 'loaded-language' || !raisedBySource(note)) continue;
    const [start, end] = note.span;
    const context = article.text.slice(Math.max(0, start - 90), end + 60).replace(/\s+/g, ' ');
    console.log(
      `${page.id.slice(0, 12)}\t${page.genre ?? '-'}\t${note.voice}\t«${note.text}»\t${context}`,
    );
  }
}
