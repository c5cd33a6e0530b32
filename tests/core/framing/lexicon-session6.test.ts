import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { findLoadedLanguage } from '../../../src/core/framing/loaded-language.js';
import { readText } from '../../../src/core/text/read-text.js';

// Issue 12, recall: reviewed entries added in session 6 from the VADER lexicon's strongly rated
// words (source "vader"); procedure in scripts/lexicon/README.md.
const lexicon = loadLexicon();
const flagged = (text: string) =>
  findLoadedLanguage(readText(text), lexicon, [], { model: null }).map((n) => n.text);

describe('session 6 lexicon entries from VADER', () => {
  it.each([
    ['The greedy landlord ran a hellish building.', ['greedy', 'hellish']],
    ['Only a fool would call the bill a masterpiece.', ['fool', 'masterpiece']],
    ['The council struck a sweetheart deal with the developer.', ['sweetheart deal']],
    ['The dismal season ended with an unjust penalty.', ['dismal', 'unjust']],
    ['Her charming, flawless performance drew adoring fans.', ['charming, flawless', 'adoring']],
    [
      'The board made a mockery of the woefully toothless rules.',
      ['mockery of', 'woefully toothless'],
    ],
    ['The bully called the plan unworthy of a vote.', ['bully', 'unworthy']],
    ['A columnist gave a childish, mindless speech.', ['childish, mindless']],
    ['Pundits cheerleaded the war and scapegoated migrants.', ['cheerleaded', 'scapegoated']],
    ['The new figures are disturbing this year.', ['disturbing']],
  ])('flags the loaded words in "%s"', (text, words) => {
    expect(flagged(text)).toEqual(words);
  });

  it.each([
    ['The trick can fool the sensor.', 'fool'],
    ['He was charged with disturbing the peace.', 'disturbing'],
    ['The injury kept troubling him all season.', 'troubling'],
    ['The driver tried to jerk the wheel away.', 'jerk'],
    ['He was stammering and charming his way through the lines.', 'charming'],
  ])('leaves the verb sense alone: "%s"', (text, member) => {
    expect(lexicon.entries.some((e) => e.term === member)).toBe(true);
    expect(flagged(text).map((w) => w.toLowerCase())).not.toContain(member);
  });

  it.each([
    ['The campaign drew backlash and mockery online.', 'mockery'],
    ['Predicting the far future is a fool’s errand.', 'fool'],
    ["Predicting the far future is a fool's errand.", 'fool'],
    ['The placement uses a simple greedy algorithm.', 'greedy'],
    ['The president used the bully pulpit to press Congress.', 'bully'],
    ['Water is your best defense against mindless eating.', 'mindless'],
    ['Subsidies created perverse incentives for farmers.', 'perverse'],
    ['The stall sells jerk chicken and rice.', 'jerk'],
    ['The page uses lazy loading for its images.', 'lazy'],
    ['The office held an ugly sweater contest.', 'ugly'],
    ['The court found unjust enrichment.', 'unjust'],
    ['Cheaper panels started a virtuous circle of demand.', 'virtuous'],
    ['The regulator found an unacceptable risk to workers.', 'unacceptable'],
    ['Tests found unacceptable levels of lead in the water.', 'unacceptable'],
  ])('leaves a plain description or a term of art alone: "%s"', (text, member) => {
    expect(lexicon.entries.some((e) => e.term.split(' ').includes(member))).toBe(true);
    expect(flagged(text).map((w) => w.toLowerCase())).not.toContain(member);
  });

  it.each([
    'She wore 40 denier tights; he called himself a Holocaust denier.',
    'The shares became worthless after the bankruptcy.',
    'The wind proved an irresistible force on the old pier.',
    'It was a dreary, wet weekend in the north.',
    'The serum is a dupe for a pricier brand.',
  ])('raises no note on a word whose plain sense dominates in news: "%s"', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('records VADER as the source of the new entries', () => {
    for (const term of ['greedy', 'masterpiece', 'dismal'])
      expect(lexicon.entries.find((e) => e.term === term)?.source).toBe('vader');
  });
});
