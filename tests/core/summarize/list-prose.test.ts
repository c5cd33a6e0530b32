import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/summarize/build-digest.js';
import { proseOf } from '../../../src/core/summarize/prose.js';
import { readText } from '../../../src/core/text/read-text.js';

const options = { sentences: 3, maxWords: 90 };

const CAPTION =
  'In this file photo made available by NASA, astronaut Robert Curbeam and Christer Fuglesang work on the station (NASA via AP)';
const LEAD = [
  'BERLIN -- The European Space Agency says putting astronauts into a state of suspended animation could make it easier to reach other planets.',
  'The agency said Monday that its researchers examined how hibernation would affect the design of a crewed mission to Mars and concluded that it could shrink the spacecraft by a third.',
  'Research team head Jennifer Ngo-Anh said the agency would fund a further study of 14 hibernating volunteers in Cologne next year.',
  'Challenges include designing the spacecraft to operate largely on its own while the crew sleeps through much of the 180-day cruise to Mars.',
  'The agency plans to test the idea on animals first, and a decision on trials with people is not expected before 2030, Ngo-Anh said.',
];
const RELATED = [
  'More News from Sci-Tech',
  '- Climate impacts to cost world US$7.9 trillion by 2050: report',
  '- Amazon says it has considered face scanning in Ring doorbells',
  '- Toxic algae, climate change, bad policy: scientists say fresh water is under threat',
  '- The story behind the first batch of cookies in space',
  '- China has saved lives by reducing air pollution, study says',
  '- Amazon deforestation hits worst level in 11 years: report',
  '- Ocean heat hits a record for the third year running',
  '- A comet from another star system is seen in new images',
  '- The last Blockbuster store is now on a rental site',
  '- Canada will fund four new satellite stations in the North',
  '- Scientists spot a rare wolf in the Rockies',
  '- Toronto opens a robot library for children',
];

const page = (paragraphs: readonly string[]) => [CAPTION, ...paragraphs, ...RELATED].join('\n\n');

describe('a page laid out as a list', () => {
  it('is digested from its prose paragraphs alone, the lead first, when it has enough prose', () => {
    const result = buildDigest(readText(page(LEAD)), [], options);
    expect(result.status).toBe('ok');
    expect(result.lines.length).toBeGreaterThan(1);
    expect(result.lines[0]!.text).toBe(LEAD[0]!.replace('BERLIN -- ', ''));
    for (const line of result.lines) expect(LEAD.some((p) => p.includes(line.text))).toBe(true);
  });

  it('opens on the lead of its prose when the list comes first', () => {
    const text = [...RELATED, ...LEAD].join('\n\n');
    const result = buildDigest(readText(text), [], options);
    expect(result.status).toBe('ok');
    expect(result.lines[0]!.text).toBe(LEAD[0]!.replace('BERLIN -- ', ''));
  });

  it('gets a notice that counts its prose when it has too little for a digest', () => {
    const result = buildDigest(readText(page(LEAD.slice(0, 2))), [], options);
    expect(result.status).toBe('list');
    expect(result.lines).toEqual([]);
    expect(result.message).toBe(
      'This looks like a list, not an article: it has 53 words of prose, too few for a digest.',
    );
  });
});

describe("a text's prose", () => {
  it('is its stopped paragraphs of a dozen words or more, not list items, captions or headings', () => {
    const text = [
      'Mozilla is a free-software community, created in 1998 by members of Netscape.[1]',
      'A short line that ends on a stop.',
      '- A list item that is long enough to be a paragraph and ends on a stop as well.',
      'Location of New Zealand, including outlying islands and its territorial claim in the Antarctic',
      'The Mozilla community uses, develops and supports Mozilla products and open standards.',
    ].join('\n\n');
    const doc = readText(text);
    const prose = proseOf(doc);
    expect(prose.words).toBe(12 + 12);
    const first = [...prose.sentences].map((i) => doc.sentences[i]!.text);
    expect(first[0]).toMatch(/^Mozilla is a free-software community/);
    expect(first.at(-1)).toMatch(/^The Mozilla community uses/);
    expect(first.some((s) => s.includes('list item') || s.includes('short line'))).toBe(false);
  });

  it('counts a paragraph that opens on an initial as prose, and a lettered item as a list item', () => {
    const prose = proseOf(
      readText(
        [
          'J. Crew filed for bankruptcy protection on Monday after months of talks with its lenders.',
          'b) a lettered item that is long enough to be a paragraph and ends on a stop too.',
        ].join('\n\n'),
      ),
    );
    expect(prose.words).toBe(15);
  });
});
