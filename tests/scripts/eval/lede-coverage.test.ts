import { describe, expect, it } from 'vitest';
import {
  coveredFacts,
  firstParagraph,
  ledeFacts,
  missedFacts,
} from '../../../scripts/eval/lib/lede-coverage.js';

describe('the lede a digest is scored against', () => {
  it.each([
    [
      'a photo caption with its credit',
      'Prime Minister Benjamin Netanyahu visits the Western Wall in Jerusalem on March 18. (Thomas Coex/AFP/Getty Images)\n\nIsrael voted on Tuesday and Netanyahu won a fourth term in office.',
    ],
    [
      'a time stamp and byline',
      '2/26/2015 7:11 AM PST BY TMZ STAFF\n\nIsrael voted on Tuesday and Netanyahu won a fourth term in office.',
    ],
  ])('passes over %s that opens the body', (_name, body) => {
    expect(firstParagraph(body)).toBe(
      'Israel voted on Tuesday and Netanyahu won a fourth term in office.',
    );
  });

  it.each([
    ['NEW YORK (Reuters) - ', 'Oil prices fell sharply on Tuesday on oversupply concerns.'],
    ['HAYWARD, Calif. (AP) — ', 'A man was stabbed to death on a commuter train on Tuesday.'],
    ['CLEVELAND, Ohio – ', 'The Doobie Brothers will tour again in 2020 with Michael McDonald.'],
    ['PanARMENIAN.Net - ', 'Amnesty International said security forces killed protesters.'],
    ['(Reuters) — ', 'The New York State Attorney General is investigating WeWork.'],
    ['Washington, DC, United States: ', 'Getting to the Moon, while not easy, has been done.'],
  ])('leaves out the dateline "%s", which a digest line drops', (dateline, lede) => {
    expect(firstParagraph(`${dateline}${lede}`)).toBe(lede);
  });

  it('keeps a lede that opens on a name and a colon without a place list', () => {
    const lede = 'Warning: The video shows the moment the bridge fell into the river.';
    expect(firstParagraph(lede)).toBe(lede);
  });

  it('puts back the space a body lost after a stop, so the name before it is counted whole', () => {
    const lede = firstParagraph(
      'Kan reported the stabbing on Wednesday.The suspect is 57 years old.',
    );
    expect(lede).toBe('Kan reported the stabbing on Wednesday. The suspect is 57 years old.');
    expect(ledeFacts(lede).names).toEqual(['wednesday']);
  });

  it('still counts the names and numbers of the lede itself', () => {
    const facts = ledeFacts(
      firstParagraph('NEW YORK (Reuters) - Shares of Home Depot fell 5% on Tuesday.'),
    );
    expect(facts.names).toEqual(['home depot', 'tuesday']);
    expect(facts.numbers).toEqual(['5']);
  });
});

describe("the lede's facts a digest leaves out", () => {
  it('are the names and numbers it does not state, a surname standing for the full name', () => {
    const facts = ledeFacts(
      'Shares of Home Depot fell 5% on Tuesday after Gov. Kristi Noem spoke.',
    );
    const digest = 'Home Depot shares fell on Tuesday, Noem said.';
    expect(missedFacts(facts, digest)).toEqual(['5']);
    expect(coveredFacts(facts, digest)).toEqual({ covered: 3, total: 4 });
  });
});
