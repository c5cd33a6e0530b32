import { expect } from 'vitest';
import type { ArticleAnalysis } from '../../src/core/types.js';

/** Every note quotes exactly the text its span points at; every digest span lies inside the text. */
export function expectSpansHold(analysis: ArticleAnalysis, text: string): void {
  for (const note of analysis.notes) {
    expect(text.slice(note.span[0], note.span[1])).toBe(note.text);
  }
  for (const line of analysis.digest) {
    expect(line.spans.length).toBeGreaterThan(0);
    for (const [start, end] of line.spans) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(start).toBeLessThan(end);
    }
  }
}
