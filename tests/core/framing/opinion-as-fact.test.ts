import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../src/core/framing/lexicon.js';
import { findOpinionAsFact } from '../../../src/core/framing/opinion-as-fact.js';
import { readText } from '../../../src/core/text/read-text.js';
import { quotedSpans } from '../../fixtures/framing/quoted.js';

const root = path.resolve(import.meta.dirname, '../../..');
const lexicon = parseLexicon(
  JSON.parse(readFileSync(path.join(root, 'config/lexicon.json'), 'utf8')),
);

function notesFor(text: string) {
  return findOpinionAsFact(readText(text), lexicon, quotedSpans(text));
}

describe('findOpinionAsFact', () => {
  const flagged: [string, string][] = [
    ['No one can deny that the new bridge changed the town.', 'No one can deny'],
    ['The coach has proven once again that patience pays.', 'has proven once again'],
    [
      'The harbour is a testament to the brilliant planning of its engineers.',
      'a testament to the brilliant planning',
    ],
    ['Her undeniable talent carried the film.', 'undeniable'],
    ['Make no mistake, the vote was close.', 'Make no mistake'],
    [
      'The full stadium was evidence of the remarkable success of the league.',
      'evidence of the remarkable success',
    ],
  ];
  it.each(flagged)('flags the assertion in "%s"', (text, cue) => {
    const notes = notesFor(text);
    expect(notes.map((n) => n.text)).toContain(cue);
    for (const n of notes) {
      expect(n.kind).toBe('opinion-as-fact');
      expect(text.slice(...n.span)).toBe(n.text);
    }
  });

  const clean = [
    'Police found evidence of a break-in at the warehouse.',
    'The report is a reminder of the deadline for tax returns.',
    'The minister said: "No one can deny the figures."',
    'Arguably a testament to good planning, the bridge opened early.',
    'The committee met on Monday to discuss the budget.',
  ];
  it.each(clean)('raises no note on "%s"', (text) => {
    expect(notesFor(text)).toEqual([]);
  });

  it('explains the note in one line and suggests attribution or omission', () => {
    const [note] = notesFor('It is clear that the plan worked.');
    expect(note?.message).toBe("The writer's evaluation stated as settled fact");
    expect(note?.suggestion).toMatch(/attribute|omit/);
  });
});
