import { describe, expect, it } from 'vitest';
import {
  opensOnImperative,
  talksAboutThePage,
} from '../../../src/core/summarize/addresses-reader.js';
import { readText } from '../../../src/core/text/read-text.js';

describe('a sentence that opens on an imperative to the reader', () => {
  it.each([
    'Enter South Dakota to throw down the gauntlet.',
    'April 17, 2015 -- Imagine being sick in the hospital with a bacterial infection.',
    'Remember New Jersey’s epic quest to find a state slogan?',
    'Book your tickets through KLOOK easily and come and see the show today!',
    'Brace yourself, Swifties: Taylor Swift might not be able to perform her hits, which Braun owns.',
    'Open the “Customize” panel to add, move or remove any button you want.',
    'Step through JavaScript code and examine or modify its state to help track down bugs.',
    'View and edit CSS styles associated with a Web page, create new ones and apply them.',
  ])('is one: %s', (text) => {
    expect(opensOnImperative(readText(text), 0)).toBe(true);
  });

  it.each([
    'Stack Overflow published its analysis of 2017 hiring trends on Tuesday.',
    'Police said the man was arrested on Monday night in Leeds.',
    'Book sales rose 5% in the third quarter, the publishers said.',
    'Book and film sales rose 5% in the third quarter, the publishers said.',
  ])('is not one: %s', (text) => {
    expect(opensOnImperative(readText(text), 0)).toBe(false);
  });
});

describe('a line in which the page talks about itself', () => {
  it.each([
    'For more information, please visit www.my6sense.com.',
    'All that and more is below in the latest 9to5Toys Lunch Break.',
    'Regan is a Southeastern Connecticut native now living in Central Massachusetts with her husband.',
    'BGR may receive a commission on orders placed through this article.',
    'Prices are subject to change without notice and coupons may expire at any time.',
    'A rep for Braun did not immediately respond to Fox News’ request for comment.',
    'The ministry has not responded to repeated requests for comment since Friday.',
    'Officials at the mine could not immediately be reached for comment on Sunday.',
  ])('is page talk: %s', (text) => {
    expect(talksAboutThePage(text)).toBe(true);
  });

  it('is not a line of the story', () => {
    expect(talksAboutThePage('Temperatures fell below freezing in Leeds on Monday night.')).toBe(
      false,
    );
    const answered = 'The ministry said on Friday it would answer the request for comment.';
    expect(talksAboutThePage(answered)).toBe(false);
    const commission = 'Financial advisers may earn a commission of up to 5 percent, the SEC said.';
    expect(talksAboutThePage(commission)).toBe(false);
  });
});
