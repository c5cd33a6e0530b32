import { describe, expect, it } from 'vitest';
import { whyRejected } from '../../../scripts/eval/llm-guard-why.js';

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
