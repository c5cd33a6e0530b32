import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { analyzeFraming } from '../../../src/core/analyze-framing.js';
import { readText } from '../../../src/core/text/read-text.js';

// Issue 12, session 7: a named or described source's characterisation, reported by the writer,
// is the source's voice; the writer's own verb for it stays the writer's. Sentences written for
// these tests.
const lexicon = loadLexicon();

function voiceOf(text: string, word: string) {
  const notes = analyzeFraming(readText(text), lexicon).notes;
  return notes.find((n) => n.kind === 'loaded-language' && n.text.toLowerCase().includes(word))
    ?.voice;
}

describe('"X slammed Y as …": what follows "as" is the source’s characterisation', () => {
  it.each([
    ['Councillor Ines Moreau dismissed the audit as a shameless stunt.', 'shameless'],
    ['The union denounced the pay offer as a disgraceful insult.', 'disgraceful'],
    ['Senator Okafor attacked the bill as reckless on Tuesday.', 'reckless'],
    ['The mayor touted the new tram as a stunning success.', 'stunning'],
  ])('marks the characterisation in "%s" as the source’s', (text, word) => {
    expect(voiceOf(text, word)).toBe('source');
  });

  it.each([
    ['The tram was hailed by Mayor Okafor as a stunning success.', 'stunning'],
    ['The levy, described by Moreau as reckless, passed anyway.', 'reckless'],
  ])('marks a passive characterisation with its source in "%s" as the source’s', (text, word) => {
    expect(voiceOf(text, word)).toBe('source');
  });

  it('keeps the writer’s own emotive verb in the writer’s voice', () => {
    expect(voiceOf('Okafor slammed the ruling as absurd.', 'slammed')).toBe('writer');
  });

  it('ends the characterisation where the subject’s next deed begins', () => {
    const text = 'Okafor portrayed the city as chaotic and lashed out at the council.';
    expect(voiceOf(text, 'chaotic')).toBe('source');
    expect(voiceOf(text, 'lashed')).toBe('writer');
  });

  it('keeps a loaded word of the writer after "as" with no characterising verb', () => {
    expect(voiceOf('Okafor served as a brilliant mayor for a decade.', 'brilliant')).toBe('writer');
  });
});

describe('a sentence opened by a source’s point of view is that source’s view', () => {
  it.each([
    ["In Moreau's view, the audit was a disaster for the council.", 'disaster'],
    ['In their words, the new rules are draconian.', 'draconian'],
    ['Per Reuters, the talks were chaotic from the start.', 'chaotic'],
    ['To Okafor, the bill is a disaster waiting to happen.', 'disaster'],
  ])('marks "%s" as the source’s', (text, word) => {
    expect(voiceOf(text, word)).toBe('source');
  });

  it.each([
    ['To date, the rollout has been a disaster.', 'disaster'],
    ['In the end, the rollout was a disaster.', 'disaster'],
  ])('keeps an opener that names nobody in the writer’s voice: "%s"', (text, word) => {
    expect(voiceOf(text, word)).toBe('writer');
  });
});

describe('"X believes …": the clause believed by someone other than the writer is theirs', () => {
  it.each([
    ['Councillor Moreau believes the new levy is a disaster for shops.', 'disaster'],
    ['The coach thinks that his rivals are arrogant this season.', 'arrogant'],
    ['She fears the cuts will be catastrophic for rural schools.', 'catastrophic'],
  ])('marks the belief in "%s" as the source’s', (text, word) => {
    expect(voiceOf(text, word)).toBe('source');
  });

  it.each([
    ['I believe the new levy is a disaster for shops.', 'disaster'],
    ['Many residents, including myself, think the levy is a disaster.', 'disaster'],
    ['Moreau thought she had won when the disastrous recount began.', 'disastrous'],
    ['The club feels an awful lot calmer since the new coach arrived.', 'awful'],
    ['If rivals believed the plan was reckless, they would vote against it.', 'reckless'],
    ['Moreau believes the levy is fair, but the rollout was a fiasco.', 'fiasco'],
  ])('keeps the writer’s own words in the writer’s voice: "%s"', (text, word) => {
    expect(voiceOf(text, word)).toBe('writer');
  });
});
