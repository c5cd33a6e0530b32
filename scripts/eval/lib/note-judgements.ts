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
  /** For a sourcing note: the names it lists as quoted or cited, as `citedIn` reads them. */
  cited?: string;
  /**
   * For a loaded-language note judged with its voice label ("in the writer's voice", "in what a
   * source is reported to say"): the verdict holds only for a note with the same label.
   */
  voice?: 'writer' | 'source';
}

export interface NoteJudgements {
  /** For a held-out set: how its pages were picked, fixed before any note was read. */
  selection?: string;
  rules: string[];
  pages: string[];
  notes: JudgedNote[];
}

/** The 30 pages judged since session 2; the lexicon work has read their notes. */
export const JUDGED_PAGES_FILE = 'note-judgements.json';
/** 20 pages judged once, after the lexicon work, and kept out of all tuning. */
export const FRESH_PAGES_FILE = 'note-judgements-fresh.json';
/** 300 NeuS val articles nobody had read Lede's notes on: the held-out check. */
export const NEUS_ARTICLES_FILE = 'note-judgements-neus.json';
/** 300 further NeuS val articles, judged the same way, whose notes may be read to fix the engine. */
export const NEUS_DEV_FILE = 'note-judgements-neus-dev.json';

export function readNoteJudgements(file = JUDGED_PAGES_FILE): NoteJudgements {
  return readDataFile<NoteJudgements>(file);
}

type NoteKey = { kind: string; text: string; span: readonly [number, number]; cited?: string };

/**
 * A sourcing note sits on the first sentence whatever it lists, so its verdict also keys on the
 * names it gives as heard: "Quoted or cited: Kuo (1), Apple (2)." reads "Kuo, Apple".
 */
export function citedIn(message: string): string {
  const list = /^Quoted or cited: (.*?)\.(?: |$)/.exec(message)?.[1] ?? '';
  return list.replace(/ \(\d+\)/g, '');
}

const citedKey = (n: Omit<NoteKey, 'span'>) => (n.kind === 'sourcing' ? `|${n.cited ?? ''}` : '');
const exactKey = (page: string, n: NoteKey) =>
  `${page}|${n.kind}|${n.text}|${n.span[0]}-${n.span[1]}${citedKey(n)}`;
const looseKey = (page: string, n: Omit<NoteKey, 'span'>) =>
  `${page}|${n.kind}|${n.text}${citedKey(n)}`;

/** An older engine's notes say their voice only in the message. */
function voiceInMessage(message: string): 'writer' | 'source' | undefined {
  if (message.includes('reported to say')) return 'source';
  return message.includes("writer's voice") ? 'writer' : undefined;
}

const withVoice = (key: string, voice: string | undefined) => (voice ? `${key}|${voice}` : key);

/**
 * Looks a note up among the judged ones: by page, kind, text and span; failing that (the
 * extraction moved the offsets) by page, kind and text when every judged note with those agrees.
 * A verdict given with a voice label matches only a note with that label.
 */
export function judgementLookup(judged: readonly JudgedNote[]) {
  const exact = new Map(judged.map((n) => [withVoice(exactKey(n.page, n), n.voice), n.judgement]));
  const loose = new Map<string, Judgement | 'mixed'>();
  for (const n of judged) {
    const key = withVoice(looseKey(n.page, n), n.voice);
    const seen = loose.get(key);
    loose.set(key, seen === undefined || seen === n.judgement ? n.judgement : 'mixed');
  }
  const find = (map: Map<string, Judgement | 'mixed'>, key: string, voice?: string) =>
    map.get(withVoice(key, voice)) ?? map.get(key);
  return (page: string, note: FramingNote): Judgement | null => {
    const key = { ...note, cited: citedIn(note.message) };
    const voice = note.voice ?? voiceInMessage(note.message);
    const hit = find(exact, exactKey(page, key), voice) ?? find(loose, looseKey(page, key), voice);
    return hit === undefined || hit === 'mixed' ? null : hit;
  };
}
