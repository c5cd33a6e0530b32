import type { TextDoc } from '../text/text-model.js';
import type { DigestLine, FramingNote } from '../types.js';
import { WRITER_FRAME } from './check-digest-line.js';
import { DEFAULT_RANK_WEIGHTS, rankSentences } from './rank-sentences.js';

/**
 * The writer's main claim, attributed to the writer: the most central sentence (by the usual
 * weights, which favour the argument) that carries the writer's opinion (a note on a verdict,
 * an unsourced claim) and reads alone, framed as
 * "The writer argues that …" so a reader never takes the verdict for reported fact.
 */
export function writerClaim(
  doc: TextDoc,
  notes: ReadonlySet<FramingNote>,
  dropped: ReadonlySet<number>,
  argues: (index: number) => boolean,
  lineFor: (index: number) => DigestLine | null,
): { index: number; line: DigestLine } | null {
  const ranking = rankSentences(doc, [...notes], { ...DEFAULT_RANK_WEIGHTS, facts: 0 }, dropped);
  const order = [...ranking.scores].sort((a, b) => b.score - a.score);
  for (const { index } of order) {
    if (!argues(index) || !statesAClaim(doc, index)) continue;
    const line = lineFor(index);
    if (line) return { index, line: attributeToWriter(doc, index, line) };
  }
  return null;
}

/** Words that cannot follow "The writer argues that": the reader, the writer, a signpost. */
const NOT_A_CLAIM = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', '?']);
/** Openers of the writer's own turns of argument: a conclusion, a concession, an aside. */
export const SIGNPOST =
  /^(to conclude|in conclusion|in short|in sum|finally|sometimes|yet|of course|after all|as of now|to be sure)\b/i;

/**
 * A sentence that can follow the frame: a statement in the third person that does not open on a
 * signpost ("To conclude, …") and holds no quotation (the writer's claim is the writer's words).
 */
function statesAClaim(doc: TextDoc, index: number): boolean {
  const sentence = doc.sentences[index]!;
  if (SIGNPOST.test(sentence.text) || /["“”]/.test(sentence.text)) return false;
  if (insideQuotation(doc.text, sentence.start)) return false;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    if (NOT_A_CLAIM.has(doc.tokens[i]!.normal)) return false;
  }
  return true;
}

/**
 * Whether `at` lies inside a quotation opened earlier in its paragraph: a reader's review quoted
 * over several sentences ("“… The theater was fairly small so …”") is theirs, not the writer's.
 */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  let depth = 0;
  for (const char of before) {
    if (char === '“') depth++;
    else if (char === '”') depth = Math.max(0, depth - 1);
  }
  return depth > 0 || (before.split('"').length - 1) % 2 === 1;
}

const QUANTIFIERS = new Set(['none', 'few', 'many', 'most', 'some', 'several', 'all', 'each']);

function attributeToWriter(doc: TextDoc, index: number, line: DigestLine): DigestLine {
  const first = doc.tokens[doc.sentences[index]!.firstToken]!;
  // The tagger reads a capitalised "None" or "Few" that opens a sentence as a name.
  const name = first.pos === 'PROPN' && !QUANTIFIERS.has(first.normal);
  const keepCapital = name || first.value === 'I';
  const text = keepCapital ? line.text : line.text.charAt(0).toLowerCase() + line.text.slice(1);
  return { text: `${WRITER_FRAME} ${text}`, spans: line.spans };
}
