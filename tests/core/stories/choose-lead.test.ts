import { describe, expect, it } from 'vitest';
import { chooseLead } from '../../../src/core/stories/index.js';
import { type AnalysisShape, member, shuffled } from './helpers.js';

type Case = [name: string, shapes: Record<string, AnalysisShape>, lead: string];

describe('chooseLead', () => {
  const cases: Case[] = [
    [
      'prefers the copy with fewer loaded terms per 100 words',
      { calm: { words: 200, loaded: 0 }, loud: { words: 200, loaded: 6 } },
      'calm',
    ],
    [
      'counts opinion stated as fact as slant too',
      { calm: { words: 150, loaded: 1 }, opinionated: { words: 150, loaded: 0, opinion: 4 } },
      'calm',
    ],
    [
      'judges slant per 100 words, not in raw counts',
      { long: { words: 600, loaded: 3 }, short: { words: 100, loaded: 2 } },
      'long',
    ],
    [
      'prefers the fuller report when slant is about equal',
      { brief: { words: 80 }, full: { words: 400 } },
      'full',
    ],
    [
      'prefers more quotes and figures over more words',
      { wordy: { words: 500 }, specific: { words: 300, quotes: 4 } },
      'specific',
    ],
    [
      'puts a news report before an opinion piece',
      {
        column: { words: 400, genre: 'opinion' },
        report: { words: 200, loaded: 1, genre: 'news' },
      },
      'report',
    ],
    [
      'puts a regular digest before a notice',
      { list: { words: 300, notice: 'This looks like a list.' }, prose: { words: 150 } },
      'prose',
    ],
    ['breaks a full tie by the lowest id', { b: { words: 100 }, a: { words: 100 } }, 'a'],
  ];

  it.each(cases)('%s', (_, shapes, lead) => {
    const members = Object.entries(shapes).map(([id, shape]) => member(id, `Outlet ${id}`, shape));
    expect(chooseLead(members).id).toBe(lead);
    for (const seed of [1, 7, 99]) expect(chooseLead(shuffled(members, seed)).id).toBe(lead);
  });

  it('refuses an empty story', () => {
    expect(() => chooseLead([])).toThrow();
  });
});
