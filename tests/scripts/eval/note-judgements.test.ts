import { describe, expect, it } from 'vitest';
import {
  FRESH_PAGES_FILE,
  judgementLookup,
  NEUS_ARTICLES_FILE,
  NEUS_DEV_FILE,
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

describe('the held-out NeuS note-precision set', () => {
  const neus = readNoteJudgements(NEUS_ARTICLES_FILE);

  it('holds the three source articles of the first 100 NeuS val stories, in file order', () => {
    expect(neus.pages).toHaveLength(300);
    expect(neus.pages.slice(0, 4)).toEqual(['val-0#0', 'val-0#1', 'val-0#2', 'val-1#0']);
    expect(neus.pages.at(-1)).toBe('val-99#2');
    expect(neus.selection).toMatch(/first 100 stories/);
  });

  it('keeps the benchmark rules and adds one for notes on reported speech', () => {
    expect(neus.rules.slice(2, -1)).toEqual(judged.rules.slice(1, -1));
    expect(neus.rules[1]).toMatch(/reported to say/);
  });

  it('gives every judged note one of its articles, a verdict and a reason', () => {
    for (const note of neus.notes) {
      expect(neus.pages).toContain(note.page);
      expect(['right', 'false alarm']).toContain(note.judgement);
      expect(note.why.length).toBeGreaterThan(10);
      if (note.kind === 'sourcing') expect(note.cited).toBeDefined();
    }
  });
});

describe('the NeuS development set', () => {
  const dev = readNoteJudgements(NEUS_DEV_FILE);
  const heldOut = readNoteJudgements(NEUS_ARTICLES_FILE);

  it('holds the next 100 stories, none of the held-out ones, by the same rules', () => {
    expect(dev.pages).toHaveLength(300);
    expect(dev.pages[0]).toBe('val-100#0');
    expect(dev.pages.filter((id) => heldOut.pages.includes(id))).toEqual([]);
    expect(dev.rules).toEqual(heldOut.rules);
  });

  it('gives every judged note one of its articles, a verdict and a reason', () => {
    for (const note of dev.notes) {
      expect(dev.pages).toContain(note.page);
      expect(['right', 'false alarm']).toContain(note.judgement);
      expect(note.why.length).toBeGreaterThan(10);
    }
  });
});

describe('a verdict given with a voice label', () => {
  const judged = {
    page: 'p',
    kind: 'loaded-language',
    text: 'brutal',
    span: [4, 10] as [number, number],
    judgement: 'false alarm' as const,
    why: 'labelled a source’s words but the writer’s own',
    voice: 'source' as const,
  };
  const judge = judgementLookup([judged]);
  const note = (voice: 'writer' | 'source'): FramingNote => ({
    kind: 'loaded-language',
    text: 'brutal',
    span: [4, 10],
    message: 'Disparaging adjective',
    voice,
  });

  it('holds for a note with the same label and leaves one relabelled unjudged', () => {
    expect(judge('p', note('source'))).toBe('false alarm');
    expect(judge('p', note('writer'))).toBeNull();
  });
});
