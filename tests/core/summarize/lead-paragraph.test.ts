import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/summarize/build-digest.js';
import { restOfParagraph } from '../../../src/core/summarize/lead-paragraph.js';
import { leadSentence } from '../../../src/core/summarize/standalone.js';
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

describe('a feature that opens on a scene', () => {
  const SCENE =
    'If a spaceship in a film does not come with a warp drive then it is usually fitted with sleeping pods for its crew instead.';
  const TURN =
    'Now the European Space Agency has studied how putting real crews into hibernation would change the design of a mission to Mars.';
  const feature = [
    `${SCENE} ${TURN}`,
    'Engineers at the agency found that a hibernating crew of six would need a spacecraft a third smaller, with less food, water and living room on board.',
    'The agency said that hibernation would also protect crews from the loneliness and boredom of a journey to Mars lasting up to two years.',
    'Bears and ground squirrels lower their body temperature and heart rate for months each winter, the researchers noted in their report on Monday.',
  ].join('\n\n');

  it('opens the digest where the story turns to the news, and leaves the scene out', () => {
    const lines = buildDigest(readText(feature), [], { sentences: 3, maxWords: 90 }).lines.map(
      (l) => l.text,
    );
    expect(lines[0]).toBe(TURN);
    expect(lines).not.toContain(SCENE);
  });

  it('keeps a news lead with a date as the lead, however it opens', () => {
    const doc = readText(
      'If the bill passes, teachers will usually retire at 60, the ministry said on Monday in Paris.\n\nNow the unions have called a strike for the whole of next week across France.',
    );
    expect(leadSentence(doc)).toBe(0);
  });
});
