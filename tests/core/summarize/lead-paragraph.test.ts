import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/summarize/build-digest.js';
import { restOfParagraph } from '../../../src/core/summarize/lead-paragraph.js';
import { readText } from '../../../src/core/text/read-text.js';

const LEAD =
  'Flooding forced 3,000 residents of Carlisle from their homes on Sunday after the River Eden burst its banks, the Environment Agency said.';
const SECOND =
  'Cumbria Police closed the M6 between junctions 42 and 44, and Mayor Helen Ward opened two rest centres at Sands Centre and Trinity School.';
const STORY = [
  `${LEAD} ${SECOND}`,
  'Flood defences along the river were raised after the floods of 2005, but the river rose higher than the flood defences this time.',
  'Residents said the flooding came faster than the floods of 2005 and the river water reached the first floors of their homes.',
  'The agency said more rain would fall on the river catchment on Monday and the flooding could spread to more homes along the river.',
  'Insurers expect claims from flooded homes to run into millions of pounds, the Association of British Insurers said on Sunday.',
].join('\n\n');

describe('the lead paragraph of a news story', () => {
  it('finds the sentences after the lead up to the blank line', () => {
    const doc = readText(STORY);
    expect(restOfParagraph(doc, 0).map((i) => doc.sentences[i]!.text)).toEqual([SECOND]);
  });

  it('opens the digest on the lead and takes the rest of its paragraph next', () => {
    const result = buildDigest(readText(STORY), [], { sentences: 3, maxWords: 90 });
    const lines = result.lines.map((l) => l.text);
    expect(lines[0]).toBe(LEAD);
    expect(lines[1]).toBe(SECOND);
  });
});
