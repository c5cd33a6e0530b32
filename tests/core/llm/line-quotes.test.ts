import { describe, expect, it } from 'vitest';
import { guardDigest, prepareGuardSource } from '../../../src/core/llm/guard.js';
import { lineQuotations } from '../../../src/core/llm/line-quotes.js';
import type { FramingNote } from '../../../src/core/types.js';

const source = prepareGuardSource(
  '"We cannot keep sending delivery trucks through residential streets," said Ana Ruiz. ' +
    'Tom Hale said: "It would be a fantastic result for the city."',
);
const limits = { maxLines: 3, maxWords: 90 };
const reasons = (line: string, notes: FramingNote[] = []) =>
  guardDigest(source, [line], [notes], limits).rejected.map((r) => r.reason);
const writerNote = (line: string, word: string): FramingNote => {
  const at = line.indexOf(word);
  return {
    kind: 'loaded-language',
    text: word,
    span: [at, at + word.length],
    message: '',
    voice: 'writer',
  };
};

describe('a line that begins or ends inside a quotation', () => {
  const opensInside =
    'We cannot keep sending delivery trucks through residential streets," said Ana Ruiz.';

  it('reads the words before a closing mark with no opening one as quoted', () => {
    expect(lineQuotations(opensInside)).toEqual([[0, 68]]);
    expect(lineQuotations('Hale said: "It would be a fantastic result')).toEqual([[11, 42]]);
    expect(lineQuotations('Hale said: "It would." Ruiz agreed."')).toEqual([[11, 22]]);
    // A stray mark after the last stop ends no quotation: the line is the writer's own.
    expect(lineQuotations('The fantastic plan will cost $5m, Ms Lomax said."')).toEqual([]);
  });

  it('checks such a quotation against the source', () => {
    expect(reasons(opensInside)).toEqual([]);
    expect(reasons(opensInside.replace('delivery trucks', 'buses'))).toEqual([
      'the quotation We cannot keep sending buses through residential streets," is not in the source',
    ]);
  });

  it('leaves a loaded word inside it to the quote check, whatever voice the engine gave it', () => {
    const line = 'It would be a fantastic result for the city," said Tom Hale.';
    expect(reasons(line, [writerNote(line, 'fantastic')])).toEqual([]);
  });
});
