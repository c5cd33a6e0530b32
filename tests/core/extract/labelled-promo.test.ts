import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract.js';

const URL = 'https://example.com/news/story.html';
const STORY = [
  'Two federal prison officers were charged on Tuesday with falsifying records of the checks they were meant to make on inmates.',
  'Prosecutors said the officers browsed the internet and slept for two hours when they should have been making their rounds.',
  'Both officers pleaded not guilty at a hearing in Manhattan and were released on bail, their lawyers said after the hearing.',
  'The director of the prison service told senators that the agency was working to fill three thousand vacancies across the system.',
];
const page = (extra: string) =>
  `<html><head><title>Guards charged</title></head><body><article>${STORY.slice(0, 2)
    .map((s) => `<p>${s}</p>`)
    .join('')}${extra}${STORY.slice(2)
    .map((s) => `<p>${s}</p>`)
    .join('')}</article></body></html>`;
const textOf = (extra: string) => extractArticle(page(extra), URL)?.text ?? '';

describe('a related-story promo set in the body as a bold label and a headline', () => {
  it.each([
    "<p><strong>Epstein's inner circle eyed: </strong>Jeffrey Epstein is dead. Prosecutors could still go after his inner circle if they helped him prey on young girls</p>",
    '<p><strong>Internal memo: </strong>Federal prison guards falsified records of cell checks, inmate counts</p>',
    '<p> <b>More on the talks:</b> Trade deal with China stalls as tariffs loom over the holidays</p>',
  ])('is left out of the article text: %s', (promo) => {
    const text = textOf(promo);
    expect(text).toContain(STORY[1]);
    expect(text).toContain(STORY[2]);
    expect(text).not.toMatch(/inner circle|Internal memo|Trade deal with China/);
  });

  it.each([
    [
      '<p><strong>Why it matters:</strong> The vote clears the way for the first new prison in thirty years.</p>',
      'The vote clears the way',
    ],
    [
      '<p><b>Honorable mentions:</b> Marjorie Prime, Phantom Thread, The Post, The Shape of Water, Logan Lucky</p>',
      'Phantom Thread',
    ],
    [
      '<p>Internal memo: the guards were told to make their rounds every thirty minutes</p>',
      'make their rounds every thirty minutes',
    ],
  ])(
    'keeps a labelled paragraph of prose, a labelled list and an unbolded label: %s',
    (html, kept) => {
      expect(textOf(html)).toContain(kept);
    },
  );
});
