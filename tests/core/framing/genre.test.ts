import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/attribution/find-quotes.js';
import { classifyGenre } from '../../../src/core/framing/genre.js';
import { readText } from '../../../src/core/text/read-text.js';

function genreOf(text: string, evaluativeCount = 0) {
  const doc = readText(text);
  return classifyGenre(doc, findQuotes(doc), evaluativeCount);
}

const NEWS = [
  'The city council voted on Tuesday to close the Elm Street bridge for repairs, officials said.',
  '"The bridge is safe for now, but the joints need replacing," chief engineer Mara Olsen told reporters.',
  'The work will take six weeks and cost about 2 million euros, according to the council.',
  'Olsen said buses would be diverted along the river road during the closure.',
  'Shop owners near the bridge said they were worried about losing customers.',
  '"We had no warning," said Tomas Berg, who runs a bakery on the corner.',
  'The council said it would publish a traffic plan on Friday.',
].join(' ');

const OPINION = [
  'I think the council has made a serious mistake, and you should be angry about it.',
  'We must stop pretending that closing the bridge is a minor inconvenience.',
  'Perhaps the engineers are right, but the decision seems rushed and arguably careless.',
  'No one can deny that the shops on the corner will suffer.',
  'You should write to your councillor today, because we cannot afford to wait.',
  'In my view the council should apologise and think again before it is too late.',
  'To conclude, this decision shows a council that has stopped listening.',
].join(' ');

describe('classifyGenre', () => {
  it('reads attributed, quoted reporting as news', () => {
    expect(genreOf(NEWS).genre.label).toBe('news');
    expect(genreOf(NEWS).note).toBeNull();
  });

  it('reads first-person, prescriptive, hedged argument as opinion', () => {
    const { genre, note } = genreOf(OPINION, 4);
    expect(genre.label).toBe('opinion');
    expect(genre.evidence.some((e) => e.includes('first-person'))).toBe(true);
    expect(note?.kind).toBe('genre');
  });

  it('gives unknown for text too short to tell', () => {
    expect(genreOf('Bridge closed.').genre.label).toBe('unknown');
  });
});
