import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { analyzeFraming } from '../../../src/core/analyze-framing.js';
import { readText } from '../../../src/core/text/read-text.js';

// Issue 12, session 7: a loaded word in its literal sense is plain description. Sentences
// written for these tests; each "still flags" case keeps the loaded sense of the same word.
const lexicon = loadLexicon();

const flagged = (text: string) =>
  analyzeFraming(readText(text), lexicon)
    .notes.filter((n) => n.kind === 'loaded-language')
    .map((n) => n.text.toLowerCase());

describe('a verb of emission whose matter comes out is literal ("the volcano spewed ash")', () => {
  it.each([
    ['The volcano spewed lava and ash for three days.', 'spewed'],
    ['Old chimneys spew thick black smoke over the town every winter.', 'spew'],
    ['Plumes of steam spewed from cracks in the glacier.', 'spewed'],
    ['A cracked pipe was spewing sewage into the harbour.', 'spewing'],
    ['Oil gushed from the damaged well for a week.', 'gushed'],
    ['The whale spouted water high above the waves.', 'spouted'],
  ])('does not flag "%s"', (text, word) => {
    expect(flagged(text).join(' ')).not.toContain(word);
  });

  it.each([
    ['The host spewed lies about the election all evening.', 'spewed'],
    ['Fans gushed about the new album online.', 'gushed'],
    ['He likes to spout conspiracy theories at dinner.', 'spout'],
  ])('still flags "%s"', (text, word) => {
    expect(flagged(text).join(' ')).toContain(word);
  });
});

describe('a doubt verb with a possessive object takes a thing, it doubts no statement', () => {
  it.each([
    ['Relatives claimed his remains from the coroner on Friday.'],
    ["The family claimed Wilson's body after the inquest."],
    ['Newcomers soon claim their share of the market.'],
    ['The family claimed Wilson’s body after the inquest.'],
    ['Winners have a month to claim it at the town hall.'],
    ['The newcomer claimed her seat in the chamber after a recount.'],
    ['Riverside claimed their first league title in a decade while rivals faltered.'],
  ])('does not flag "%s"', (text) => {
    expect(flagged(text)).not.toContain('claimed');
    expect(flagged(text)).not.toContain('claim');
  });

  it.each([
    ['She claimed her brother had forged the will.', 'claimed'],
    ['The mayor claimed Wilson’s plan was costing the city millions.', 'claimed'],
    ['The minister claimed it was never discussed.', 'claimed'],
    ['Rivals claimed they were never told.', 'claimed'],
    ['The governor claimed his new state health plan would be ready by May.', 'claimed'],
    ['Her aide insisted her attack on the council was not a stunt.', 'insisted'],
    ['The coach insisted his first-choice players were fit.', 'insisted'],
  ])('still flags "%s"', (text, word) => {
    expect(flagged(text)).toContain(word);
  });
});

describe('"stellar" of the stars is astronomy, not praise', () => {
  it.each([
    ['Stellar winds blew the gas out of the young galaxy.'],
    ['The team modelled stellar explosions and the black holes they leave.'],
    ['Astronomers measured the stellar mass of the cluster.'],
  ])('does not flag "%s"', (text) => {
    expect(flagged(text)).not.toContain('stellar');
  });

  it('still flags "a stellar season"', () => {
    expect(flagged('The striker had a stellar season in Milan.')).toContain('stellar');
  });
});
