import { describe, expect, it } from 'vitest';
import { describeFramingDifference } from '../../../src/core/stories/index.js';
import { type AnalysisShape, member } from './helpers.js';

type Case = [name: string, outlets: [outlet: string, shape: AnalysisShape][], note: string | null];

describe('describeFramingDifference', () => {
  const cases: Case[] = [
    [
      'names the heaviest and the lightest copies when loaded terms differ materially',
      [
        ['Metro Voice', { words: 150, loaded: 7 }],
        ['Daily Ledger', { words: 160, loaded: 0 }],
        ['Coast Herald', { words: 140, loaded: 1 }],
      ],
      "Metro Voice's copy carries 7 loaded terms; Daily Ledger's carries none.",
    ],
    [
      'gives the lighter count when it is not zero',
      [
        ['A', { words: 100, loaded: 6 }],
        ['B', { words: 100, loaded: 1 }],
      ],
      "A's copy carries 6 loaded terms; B's carries 1 loaded term.",
    ],
    [
      'says nothing about a couple of stray flags',
      [
        ['A', { words: 100, loaded: 2 }],
        ['B', { words: 100, loaded: 0 }],
      ],
      null,
    ],
    [
      'says nothing when a long copy has the terms at a low density',
      [
        ['A', { words: 900, loaded: 5 }],
        ['B', { words: 100, loaded: 0 }],
      ],
      null,
    ],
    [
      'says nothing when both copies are loaded alike',
      [
        ['A', { words: 100, loaded: 6 }],
        ['B', { words: 100, loaded: 4 }],
      ],
      null,
    ],
    [
      'falls back to opinion stated as fact',
      [
        ['A', { words: 120, opinion: 3 }],
        ['B', { words: 120 }],
      ],
      "A's copy has 3 opinions stated as fact; B's has none.",
    ],
    ['needs two outlets', [['A', { words: 100, loaded: 9 }]], null],
  ];

  it.each(cases)('%s', (_, outlets, note) => {
    const members = outlets.map(([outlet, shape], i) => member(`m${i}`, outlet, shape));
    expect(describeFramingDifference(members)).toBe(note);
    expect(describeFramingDifference([...members].reverse())).toBe(note);
  });

  it('pools several articles from one outlet', () => {
    const members = [
      member('a1', 'A', { words: 100, loaded: 2 }),
      member('a2', 'A', { words: 100, loaded: 2 }),
      member('b1', 'B', { words: 200, loaded: 0 }),
    ];
    expect(describeFramingDifference(members)).toBe(
      "A's copy carries 4 loaded terms; B's carries none.",
    );
  });
});
