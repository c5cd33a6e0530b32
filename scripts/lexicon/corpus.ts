// Readers for the shared corpora used by the lexicon builder and the framing evals (fs lives here,
// never under src/core).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import type { Lexicon } from '../../src/core/framing/lexicon.js';
import { readText } from '../../src/core/text/read-text.js';
import type { TextDoc } from '../../src/core/text/text-model.js';
import type { Span } from '../../src/core/types.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export function corporaDir(): string {
  return process.env.LEDE_CORPORA ?? path.resolve(repoRoot, '../shared/corpora');
}

export function readJsonl<T>(relative: string): T[] {
  return readFileSync(path.join(corporaDir(), relative), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** A word list with `;` comment lines (Hu & Liu, Recasens), lower-cased. */
export function readWordList(relative: string): Set<string> {
  return new Set(
    readFileSync(path.join(corporaDir(), relative), 'latin1')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l !== '' && !l.startsWith(';') && !l.startsWith('#')),
  );
}

/** The lexicon as the engine loads it: reviewed terms, expressions and the shipped scorer. */
export function readShippedLexicon(): Lexicon {
  return loadLexicon(path.join(repoRoot, 'config'));
}

/**
 * Stand-in for the attribution module's findQuotedSpans until it lands: text between matching
 * double quotes (straight or curly), quote marks included. Single quotes are left alone: in news
 * they are mostly scare quotes, which are the writer's own voice.
 */
export function findDoubleQuotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/"[^"\n]*"|“[^”\n]*”/g))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}

interface BabeRow {
  text: string;
  label_bias: string;
  label_opinion: string;
  biased_words: string[];
}

/** A BABE SG2 sentence as the evals and fitting scripts read it ("No agreement" rows left out). */
export interface BabeSentence {
  doc: TextDoc;
  quoted: Span[];
  /** Lower-cased words the annotators marked. */
  gold: Set<string>;
  biased: boolean;
  /** Writer's opinion (true), entirely factual (false), or no agreement (null). */
  opinion: boolean | null;
}

export function readBabeSentences(): BabeSentence[] {
  const words = (s: string) => s.toLowerCase().match(/\w+/g) ?? [];
  return readJsonl<BabeRow>('babe/babe_sg2.jsonl')
    .filter((r) => r.label_bias !== 'No agreement')
    .map((r) => ({
      doc: readText(r.text),
      quoted: findDoubleQuotedSpans(r.text),
      gold: new Set(r.biased_words.flatMap(words)),
      biased: r.label_bias === 'Biased',
      opinion: r.label_opinion === 'No agreement' ? null : r.label_opinion !== 'Entirely factual',
    }));
}
