import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/attribution/find-quotes.js';
import { findVagueAttribution } from '../../../src/core/framing/vague-attribution.js';
import { readText } from '../../../src/core/text/read-text.js';

function flagged(text: string): { text: string; straw: boolean }[] {
  const doc = readText(text);
  return findVagueAttribution(doc, findQuotes(doc)).map((note) => {
    expect(note.text).toBe(text.slice(note.span[0], note.span[1]));
    return { text: note.text, straw: note.message.includes('straw') };
  });
}

describe('findVagueAttribution', () => {
  const cases: [string, string, { text: string; straw: boolean }[]][] = [
    [
      'flags "critics say"',
      'Critics say the levy hurts farmers.',
      [{ text: 'Critics say', straw: false }],
    ],
    [
      'flags a bare "some argue"',
      'Some argue the levy is too low.',
      [{ text: 'Some argue', straw: false }],
    ],
    [
      'flags "many believe"',
      'Many believe the count was rushed.',
      [{ text: 'Many believe', straw: false }],
    ],
    [
      'flags "experts agree"',
      'Experts agree that the dam is old.',
      [{ text: 'Experts agree', straw: false }],
    ],
    [
      'flags an impersonal passive',
      'It is widely believed that the mayor will resign.',
      [{ text: 'It is widely believed', straw: false }],
    ],
    [
      'marks a critic the writer then rebuts as a straw critic',
      'Some critics might assert the deal is weak, but the results speak for themselves.',
      [{ text: 'Some critics might assert', straw: true }],
    ],
    [
      'marks "the critics who …" as a straw critic',
      'The critics who doubt the plan ignore its early results.',
      [{ text: 'The critics who doubt', straw: true }],
    ],
    [
      'leaves critics who are named alone',
      'Critics such as Lena Ortiz say the levy is unfair.',
      [],
    ],
    ['leaves words inside a quotation alone', '"Critics say we are slow," the minister said.', []],
    ['leaves a counted part of a group alone', 'Some of the workers said they were unpaid.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });
});
