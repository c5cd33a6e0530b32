import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { createEngine } from '../../src/core/engine.js';
import { checkDigestLine } from '../../src/core/summarize/check-digest-line.js';
import { repoRoot } from '../helpers/run-lede.js';

const corpora = process.env.LEDE_CORPORA ?? join(repoRoot, '..', 'shared', 'corpora');
const babe = join(corpora, 'babe', 'babe_sg2.jsonl');
const bbc = join(corpora, 'bbc-news-summary', 'bbc_news_summary.jsonl');
const engine = createEngine({ lexicon: loadLexicon(), digestSentences: 3, digestMaxWords: 90 });

function readTexts(path: string, field: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line)[field] as string);
}

/** Every note quotes its span exactly; every digest line is built only from its spans. */
function problemsOf(text: string): string[] {
  const analysis = engine.analyze({ text, title: null, source: 'corpus' });
  const problems: string[] = [];
  for (const note of analysis.notes) {
    if (text.slice(note.span[0], note.span[1]) !== note.text)
      problems.push(`note ${note.kind} "${note.text}"`);
  }
  for (const line of analysis.digest) {
    const check = checkDigestLine(text, line, analysis.notes);
    if (!check.ok) problems.push(`digest "${line.text}": ${check.problems.join('; ')}`);
  }
  const words = analysis.digest.reduce((n, l) => n + l.text.split(/\s+/).length, 0);
  if (words > 135) problems.push(`digest of ${words} words`);
  return problems;
}

describe.skipIf(!existsSync(babe) || !existsSync(bbc))('the engine over public corpora', () => {
  it('keeps the span and never-invent invariants on every BABE sentence', () => {
    const texts = readTexts(babe, 'text');
    expect(texts.length).toBeGreaterThan(3000);
    const failures = texts.flatMap((t) => problemsOf(t).map((p) => `${t.slice(0, 60)}… ${p}`));
    expect(failures).toEqual([]);
  });

  it('keeps the span and never-invent invariants on every BBC article, with real notes', () => {
    const texts = readTexts(bbc, 'article');
    expect(texts).toHaveLength(2225);
    const failures = texts.flatMap((t) => problemsOf(t).map((p) => `${t.slice(0, 60)}… ${p}`));
    expect(failures).toEqual([]);
  });
});
