import type { TextDoc } from '../text/text-model.js';
import type { DigestLine, FramingNote } from '../types.js';
import { WRITER_FRAME } from './check-digest-line.js';
import { DEFAULT_RANK_WEIGHTS, rankSentences } from './rank-sentences.js';

/**
 * The writer's main claim, attributed to the writer: the most central sentence (by the usual
 * weights, which favour the argument) that carries the writer's opinion (a note on a verdict,
 * an unsourced claim or loaded wording), is not already a line and reads alone, framed as
 * "The writer argues that …" so a reader never takes the verdict for reported fact.
 */
export function writerClaim(
  doc: TextDoc,
  notes: ReadonlySet<FramingNote>,
  dropped: ReadonlySet<number>,
  chosen: readonly number[],
  argues: (index: number) => boolean,
  lineFor: (index: number) => DigestLine | null,
): DigestLine | null {
  const ranking = rankSentences(doc, [...notes], { ...DEFAULT_RANK_WEIGHTS, facts: 0 }, dropped);
  const order = [...ranking.scores].sort((a, b) => b.score - a.score);
  for (const { index } of order) {
    if (chosen.includes(index) || !argues(index)) continue;
    const line = lineFor(index);
    if (line) return attributeToWriter(doc, index, line);
  }
  return null;
}

function attributeToWriter(doc: TextDoc, index: number, line: DigestLine): DigestLine {
  const first = doc.tokens[doc.sentences[index]!.firstToken]!;
  const keepCapital = first.pos === 'PROPN' || first.value === 'I';
  const text = keepCapital ? line.text : line.text.charAt(0).toLowerCase() + line.text.slice(1);
  return { text: `${WRITER_FRAME} ${text}`, spans: line.spans };
}
