import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/summarize/build-digest.js';
import { WRITER_FRAME } from '../../../src/core/summarize/check-digest-line.js';
import {
  deniesOrLikens,
  instructsOrWorksThrough,
  opensOnVerb,
  predictsOrPrescribes,
} from '../../../src/core/summarize/claim-signals.js';
import { readText } from '../../../src/core/text/read-text.js';

const first = (test: (doc: ReturnType<typeof readText>, i: number) => boolean) => (text: string) =>
  test(readText(text), 0);

describe('a sentence that predicts or prescribes', () => {
  it.each([
    'The council should fund the clinics before the stadium.',
    'Beijing is likely to send troops onto the streets.',
    'Voters might be better off waiting for the second vote.',
    'The ruling will embolden every landlord in the city.',
  ])('is "%s"', (text) => {
    expect(first(predictsOrPrescribes)(text)).toBe(true);
  });

  it.each([
    ['what a product can do', 'The new console can play the same games as the old one.'],
    ['what a thing would do', 'Even the small laptop would struggle to keep a charge.'],
    ['a relative clause’s modal', 'A canner is just a big stockpot that will hold the jars.'],
    ['a modal beside a figure', 'The jam will set within 24 hours.'],
    ['a modal passive, a procedure', 'A cross-connection must be used between the pins.'],
  ])('is not %s: "%s"', (_kind, text) => {
    expect(first(predictsOrPrescribes)(text)).toBe(false);
  });
});

describe('a sentence that never argues', () => {
  it.each([
    'Don’t get snippy when someone is going off the only data available.',
    'If the 12 were a 120, the mean of the series would have been 16.33.',
    'If two people edit the same draft, it’s possible to lose a change.',
    'And if there was any sign of it in those years, he simply can’t remember.',
  ])('is "%s"', (text) => {
    expect(first(instructsOrWorksThrough)(text)).toBe(true);
  });

  it('is not a condition the writer argues from', () => {
    const text = 'If the council cuts the grant, the clinics will close.';
    expect(first(instructsOrWorksThrough)(text)).toBe(false);
  });
});

describe('a thesis in the present', () => {
  it.each([
    'Time is not on the council’s side in the budget fight.',
    'The new tablet is a heck of a lot like the old one.',
  ])('denies or likens: "%s"', (text) => {
    expect(first(deniesOrLikens)(text)).toBe(true);
  });

  it('is not a present description', () => {
    expect(first(deniesOrLikens)('Closed jars are easy to store.')).toBe(false);
  });
});

describe('a verdict note that opens on a verb', () => {
  it('covers an action the line reports, a noun’s covers an argument', () => {
    const doc = readText(
      'The glass pushes the moss upward, exposing the foam, evidence of a bad fit.',
    );
    const at = (word: string) => doc.text.indexOf(word);
    expect(opensOnVerb(doc, at('exposing'))).toBe(true);
    expect(opensOnVerb(doc, at('evidence'))).toBe(false);
  });
});

const digestOf = (text: string) =>
  buildDigest(readText(text), [], { sentences: 3, maxWords: 90, factsFirst: true }).lines.map(
    (l) => l.text,
  );

describe('the claim line of a piece read as opinion', () => {
  const facts =
    'The Riverside council met in Lisbon on Monday, 4 March 2024. ' +
    'Mayor Ana Costa opened the session at 9 a.m. with 31 members present. ' +
    'The council approved a budget of 12 million euros for 2025. ';

  it('is left out when the piece only describes and instructs', () => {
    const manual =
      'The canner is a big stockpot that will hold ten jars. The lid can seal the jars. ' +
      'Closed jars are easy to store. Don’t open the jars for a day. ' +
      'If the jars were larger, the canner would hold only six.';
    const lines = digestOf(facts + manual);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((l) => l.startsWith(WRITER_FRAME))).toBe(false);
  });

  it('frames the sentence that prescribes', () => {
    const op =
      'The canner can seal the jars. Closed jars are easy to store in a cool cupboard at home. ' +
      'The council should fund the clinics first.';
    expect(digestOf(facts + op)).toContain(
      `${WRITER_FRAME} the council should fund the clinics first.`,
    );
  });
});
