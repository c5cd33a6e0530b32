import { describe, expect, it } from 'vitest';
import { guardDigest, prepareGuardSource } from '../../../src/core/llm/guard.js';
import { normaliseForGuard, numbersIn } from '../../../src/core/llm/normalise.js';
import { parseDigestAnswer } from '../../../src/core/llm/parse-answer.js';
import { buildDigestPrompt, trimToBudget } from '../../../src/core/llm/prompt.js';
import type { FramingNote } from '../../../src/core/types.js';

const source = prepareGuardSource(
  'Mayor Ana Ruiz said the city will hire twenty-five teachers and spend 1,200,000 dollars. ' +
    '“We need them now,” she said.',
);
const limits = { maxLines: 3, maxWords: 90 };
const reasons = (line: string, notes: FramingNote[] = []) =>
  guardDigest(source, [line], [notes], limits).rejected.map((r) => r.reason);

describe('the guard’s normalisation', () => {
  it('reads number words, thousands separators and decimals as values', () => {
    expect(
      numbersIn(normaliseForGuard('Twenty-five staff, 1,200,000 dollars, 3.50 and seven')),
    ).toEqual(['25', '1200000', '3.5', '7']);
  });

  it('accepts a line whose numbers, names and quotes differ from the source only in form', () => {
    expect(
      reasons('RUIZ said the city will hire 25 teachers; "we need them now," she said.'),
    ).toEqual([]);
  });

  it('names each invented number, name and quotation', () => {
    expect(reasons('Mayor Ana Ortiz will hire 30 teachers, saying "we need them today".')).toEqual([
      'the number 30 is not in the source',
      'the name "ortiz" is not in the source',
      'the quotation "we need them today" is not in the source',
    ]);
  });

  it('reads $1.2m as 1.2, not as the source’s 1,200,000', () => {
    expect(reasons('The city will spend $1.2m.')).toEqual(['the number 1.2 is not in the source']);
  });
});

describe('the guard’s voice check', () => {
  const note = (voice: 'writer' | 'source', text: string, span: [number, number]): FramingNote => ({
    kind: 'loaded-language',
    text,
    span,
    message: '',
    voice,
  });

  it('rejects a loaded word in the line’s own voice', () => {
    expect(reasons('The city will waste money.', [note('writer', 'waste', [14, 19])])).toEqual([
      'loaded-language in the digest\'s own voice: "waste"',
    ]);
  });

  it('rejects a loaded word put into a source’s mouth that the source never used', () => {
    const line = 'Ruiz said the reckless plan will hire teachers.';
    expect(reasons(line, [note('source', 'reckless', [14, 22])])).toEqual([
      'loaded-language in reported speech that the source does not use: "reckless"',
    ]);
  });

  it('leaves a loaded word inside a quotation to the quote check', () => {
    const line = 'Ruiz said: "We need them now."';
    expect(reasons(line, [note('source', 'need', [15, 19])])).toEqual([]);
  });
});

describe('reading the model’s answer', () => {
  it('reads {"lines": [...]}, also inside a code fence', () => {
    expect(parseDigestAnswer('```json\n{"lines": ["One.", " Two. "]}\n```')).toEqual({
      ok: true,
      lines: ['One.', 'Two.'],
    });
  });

  it('reads plain lines with or without bullets, without the model’s preamble', () => {
    expect(parseDigestAnswer('Here is the digest:\n- One.\n2. Two.\nThree.')).toEqual({
      ok: true,
      lines: ['One.', 'Two.', 'Three.'],
    });
  });

  it('says why an answer cannot be used', () => {
    expect(parseDigestAnswer('')).toEqual({ ok: false, reason: 'the model gave an empty answer' });
    expect(parseDigestAnswer('{"lines": ["One.",')).toEqual({
      ok: false,
      reason: 'the model gave malformed JSON',
    });
    expect(parseDigestAnswer('{"lines": []}')).toEqual({
      ok: false,
      reason: 'the model gave no lines',
    });
  });
});

describe('the prompt', () => {
  it('holds the rules, the trimmed article, Lede’s notes to avoid and, on a retry, the violations', () => {
    const messages = buildDigestPrompt({
      title: 'Budget',
      text: 'First sentence. Second sentence. Third sentence is long.',
      genre: 'opinion',
      notes: [
        { kind: 'loaded-language', text: 'slashed', span: [0, 7], message: '', suggestion: 'cut' },
      ],
      limits,
      budgetChars: 34,
      violations: [{ line: 'A line.', reason: 'the number 9 is not in the source' }],
    });
    expect(messages[0]?.content).toContain('at most 3 lines and 90 words');
    expect(messages[0]?.content).toContain('The writer argues that');
    expect(messages[1]?.content).toContain('First sentence. Second sentence.');
    expect(messages[1]?.content).not.toContain('Third');
    expect(messages[1]?.content).toContain('the loaded word "slashed" (say "cut" or leave it out)');
    expect(messages[2]?.content).toContain('the number 9 is not in the source (in: A line.)');
  });

  it('cuts the article at a sentence end within the budget, or at the budget when none is near', () => {
    expect(trimToBudget('One two. Three four five six.', 14)).toBe('One two.');
    expect(trimToBudget('One two three four five. Six.', 10)).toBe('One two th');
  });
});
