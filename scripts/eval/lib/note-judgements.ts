import type { FramingNote } from '../../../src/core/types.js';
import { readDataFile } from './real-pages-corpus.js';

export type Judgement = 'right' | 'false alarm';

export interface JudgedNote {
  page: string;
  kind: string;
  text: string;
  span: [number, number];
  judgement: Judgement;
  why: string;
}

export interface NoteJudgements {
  rules: string[];
  pages: string[];
  notes: JudgedNote[];
}

export function readNoteJudgements(): NoteJudgements {
  return readDataFile<NoteJudgements>('note-judgements.json');
}

type NoteKey = { kind: string; text: string; span: readonly [number, number] };

const exactKey = (page: string, n: NoteKey) =>
  `${page}|${n.kind}|${n.text}|${n.span[0]}-${n.span[1]}`;
const looseKey = (page: string, n: Omit<NoteKey, 'span'>) => `${page}|${n.kind}|${n.text}`;

/**
 * Looks a note up among the judged ones: by page, kind, text and span; failing that (the
 * extraction moved the offsets) by page, kind and text when every judged note with those agrees.
 */
export function judgementLookup(judged: readonly JudgedNote[]) {
  const exact = new Map(judged.map((n) => [exactKey(n.page, n), n.judgement]));
  const loose = new Map<string, Judgement | 'mixed'>();
  for (const n of judged) {
    const key = looseKey(n.page, n);
    const seen = loose.get(key);
    loose.set(key, seen === undefined || seen === n.judgement ? n.judgement : 'mixed');
  }
  return (page: string, note: FramingNote): Judgement | null => {
    const hit = exact.get(exactKey(page, note)) ?? loose.get(looseKey(page, note));
    return hit === undefined || hit === 'mixed' ? null : hit;
  };
}
