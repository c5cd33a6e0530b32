import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { analyzeFraming } from '../../../src/core/analyze-framing.js';
import { readText } from '../../../src/core/text/read-text.js';

// Issue 12, session 7: a reported statement covers what the source said, not the writer's
// narration or comment that shares its sentence. Sentences written for these tests.
const lexicon = loadLexicon();

function voiceOf(text: string, word: string) {
  const notes = analyzeFraming(readText(text), lexicon).notes;
  return notes.find((n) => n.kind === 'loaded-language' && n.text.toLowerCase().includes(word))
    ?.voice;
}

describe('where a reported statement ends', () => {
  it('ends at "but" and a new subject: the writer takes the sentence back', () => {
    const text =
      'Mayor Okafor on Monday vowed to rebuild the bridge -- but some in the press lambasted her for the delay.';
    expect(voiceOf(text, 'lambasted')).toBe('writer');
  });

  it('ends before a closing noun phrase that comments on the report', () => {
    const text =
      'The ministry announced it will fine six banks, its most aggressive effort yet to curb the greedy lenders.';
    expect(voiceOf(text, 'greedy')).toBe('writer');
  });

  it('still reports a clause that goes on after "but" without a new subject', () => {
    const text = 'Councillor Moreau said the levy passed, but would bring disastrous costs.';
    expect(voiceOf(text, 'disastrous')).toBe('source');
  });

  it('takes no weekday for the one who speaks', () => {
    const text = 'The governor on Wednesday vowed to act -- but critics lambasted the plan.';
    expect(voiceOf(text, 'lambasted')).toBe('writer');
  });

  it('gives the words after "X told attendees" to the writer when the quote came before', () => {
    const text =
      '"Vote tomorrow," Okafor told attendees, before slamming her rival as a dangerous schemer.';
    expect(voiceOf(text, 'slamming')).toBe('writer');
  });

  it('gives the writer the words of a request ("asked X to …"), which hears nobody', () => {
    const text = 'Okafor asked the board to investigate the firm over baseless billing claims.';
    expect(voiceOf(text, 'baseless')).toBe('writer');
  });
});

describe('a charge a source lays: "blamed X for …", "accused X of …"', () => {
  it.each([
    ['The audit excoriates the agency for wasting money on shoddy software.', 'shoddy'],
    ['The union accused the mayor of hiding disastrous losses.', 'disastrous'],
    ['Councillors blamed the contractor for their reckless cost overruns.', 'reckless'],
  ])('gives the charge in "%s" to the source', (text, word) => {
    expect(voiceOf(text, word)).toBe('source');
  });

  it('keeps a time after "for" in the writer’s voice', () => {
    const text = 'Critics slammed the plan for weeks before the brutal winter came.';
    expect(voiceOf(text, 'brutal')).toBe('writer');
  });
});
