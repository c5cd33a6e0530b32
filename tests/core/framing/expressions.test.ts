import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExpressions } from '../../../src/core/framing/expressions.js';

const root = path.resolve(import.meta.dirname, '../../..');
const raw = JSON.parse(readFileSync(path.join(root, 'config/expressions.json'), 'utf8'));

describe('the reviewed expressions', () => {
  it('parses, each entry with a comment saying why it is one unit', () => {
    expect(parseExpressions(raw).size).toBe(raw.expressions.length);
    expect(raw.expressions.length).toBeGreaterThan(50);
  });

  it('is sorted so that reviews read as diffs', () => {
    const list = raw.expressions.map((e: { expression: string }) => e.expression);
    expect(list).toEqual([...list].sort());
  });

  it('rejects an entry without a comment, and a capitalised one, naming them', () => {
    expect(() => parseExpressions({ expressions: [{ expression: 'civil rights' }] })).toThrow(
      /entry 0: "civil rights" needs a comment/,
    );
    expect(() =>
      parseExpressions({ expressions: [{ expression: 'Cold War', comment: 'x' }] }),
    ).toThrow(/entry 0/);
    expect(() => parseExpressions([])).toThrow(/expected/);
  });
});
