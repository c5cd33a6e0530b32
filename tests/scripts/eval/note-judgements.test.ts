import { describe, expect, it } from 'vitest';
import {
  FRESH_PAGES_FILE,
  judgementLookup,
  readNoteJudgements,
} from '../../../scripts/eval/lib/note-judgements.js';
import { readGenreLabels } from '../../../scripts/eval/lib/real-pages-corpus.js';
import type { FramingNote } from '../../../src/core/types.js';

const judged = readNoteJudgements();
const fresh = readNoteJudgements(FRESH_PAGES_FILE);

describe('the fresh note-precision set', () => {
  it('holds 20 English benchmark pages, none of the 30 judged before, in sorted order', () => {
    const labels = readGenreLabels();
    expect(fresh.pages).toHaveLength(20);
    expect(fresh.pages.filter((id) => judged.pages.includes(id))).toEqual([]);
    expect([...fresh.pages].sort()).toEqual(fresh.pages);
    for (const id of fresh.pages) expect(labels.get(id)?.label).toMatch(/^(news|opinion|other)$/);
  });

  it('is judged by the same rules, word for word, and says how its pages were picked', () => {
    expect(fresh.rules).toEqual(judged.rules);
    expect(fresh.selection).toMatch(/sorted order/);
  });

  it('gives every note one of its pages, a verdict and a reason', () => {
    for (const note of fresh.notes) {
      expect(fresh.pages).toContain(note.page);
      expect(['right', 'false alarm']).toContain(note.judgement);
      expect(note.why.length).toBeGreaterThan(10);
      if (note.kind === 'sourcing') expect(note.cited).toBeDefined();
    }
  });

  it('finds a judged sourcing note only with the names it was judged for', () => {
    const judgedNote = fresh.notes.find((n) => n.cited === 'Lopes, Malaska, Titan')!;
    const judge = judgementLookup(fresh.notes);
    const note = (cited: string): FramingNote => ({
      kind: 'sourcing',
      text: judgedNote.text,
      span: judgedNote.span,
      message: `Quoted or cited: ${cited}.`,
    });
    expect(judge(judgedNote.page, note('Lopes (4), Malaska (2), Titan (1)'))).toBe('false alarm');
    expect(judge(judgedNote.page, note('Lopes (4), Malaska (2)'))).toBe('right');
    expect(judge(judgedNote.page, note('Lopes (4)'))).toBeNull();
  });
});
