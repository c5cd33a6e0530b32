import { describe, expect, it } from 'vitest';
import {
  sourceHoldsEveryFact,
  summaryFacts,
  whyRejected,
} from '../../../scripts/eval/llm-guard-why.js';

const rejection = (reason: string) => ({ line: 'A line.', reason });

describe('why the guard eval says a faithful summary was rejected', () => {
  const source = 'President Biden spent 1,200,000 dollars. "We will build," he said.';

  it('says the summary adds a fact when the source never writes the name, number or quote', () => {
    for (const reason of [
      'the name "obama" is not in the source',
      'the number 7 is not in the source',
      'the quotation "they will pay for it" is not in the source',
    ]) {
      expect(whyRejected(source, [rejection(reason)])).toBe('summary adds a fact');
    }
  });

  it('says the guard is wrong when a looser look-up finds every rejected fact', () => {
    const reasons = [
      'the name "bidens" is not in the source',
      'the number 1.2 is not in the source',
      'the quotation "we will build it" is not in the source',
    ];
    expect(whyRejected(source, reasons.map(rejection))).toBe('guard wrong');
  });

  it('says loaded word when only framing checks failed', () => {
    const loaded = rejection('loaded-language in the digest\'s own voice: "massive"');
    expect(whyRejected(source, [loaded])).toBe('loaded word');
  });
});

describe('the faithful subset of a corpus with truncated sources', () => {
  const source = 'President Biden spent 1,200,000 dollars in Ohio. "We will build," he said.';

  it('reads numbers, mid-sentence capitalised words and double quotes by plain patterns', () => {
    expect(
      summaryFacts('Officials in Ohio said "we will build" 1,200,000 homes. Biden agreed.'),
    ).toEqual([
      { kind: 'number', value: 1200000 },
      { kind: 'name', text: 'Ohio' },
      { kind: 'quotation', text: 'we will build' },
    ]);
  });

  it('holds a summary whose every fact the source has, read loosely', () => {
    expect(
      sourceHoldsEveryFact(source, 'The money went to Ohio, where Biden said "we will build".'),
    ).toBe(true);
  });

  it('leaves out a summary with a name, number or quote the source lacks', () => {
    for (const summary of [
      'The money went to Texas.',
      'Biden spent 7 dollars.',
      'He said "they will pay for it".',
    ]) {
      expect(sourceHoldsEveryFact(source, summary)).toBe(false);
    }
  });
});
