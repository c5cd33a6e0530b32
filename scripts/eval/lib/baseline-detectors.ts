import type { Span } from '../../../src/core/types.js';
import { baselineTree, importFrom } from './baseline-engine.js';

/** What a detector says about one sentence: loaded-word spans, and whether opinion is stated as fact. */
export type SentenceFlags = (text: string, quoted: Span[]) => { loaded: Span[]; opinion: boolean };

interface DetectorModules {
  readText(text: string): unknown;
  findLoadedLanguage(doc: unknown, lexicon: unknown, quoted: Span[]): { span: Span }[];
  findOpinionAsFact(doc: unknown, lexicon: unknown, quoted: Span[]): unknown[];
  loadLexicon(): unknown;
}

/**
 * Today's engine's sentence detectors (loaded language with its shipped lexicon, opinion as
 * fact), imported from the baseline commit's tree; null when that tree is unavailable.
 */
export async function baselineSentenceFlags(): Promise<SentenceFlags | null> {
  const tree = baselineTree();
  if (tree.dir === null) return null;
  const dir = tree.dir;
  try {
    const m: DetectorModules = {
      ...(await importFrom<Pick<DetectorModules, 'readText'>>(dir, 'src/core/text/read-text.ts')),
      ...(await importFrom<Pick<DetectorModules, 'findLoadedLanguage'>>(
        dir,
        'src/core/framing/loaded-language.ts',
      )),
      ...(await importFrom<Pick<DetectorModules, 'findOpinionAsFact'>>(
        dir,
        'src/core/framing/opinion-as-fact.ts',
      )),
      ...(await importFrom<Pick<DetectorModules, 'loadLexicon'>>(
        dir,
        'src/adapters/lexicon-file.ts',
      )),
    };
    const lexicon = m.loadLexicon();
    return (text, quoted) => {
      const doc = m.readText(text);
      return {
        loaded: m.findLoadedLanguage(doc, lexicon, quoted).map((n) => n.span),
        opinion: m.findOpinionAsFact(doc, lexicon, quoted).length > 0,
      };
    };
  } catch {
    return null;
  }
}
