import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadLexicon } from '../../src/adapters/lexicon-file.js';
import { createEngine } from '../../src/core/engine.js';
import { checkDigestLine } from '../../src/core/summarize/check-digest-line.js';
import { corpusPath, describeCorpus } from '../helpers/corpora.js';

const babe = corpusPath('babe', 'babe_sg2.jsonl');
const bbc = corpusPath('bbc-news-summary', 'bbc_news_summary.jsonl');
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

describeCorpus('the engine over public corpora', () => {
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
