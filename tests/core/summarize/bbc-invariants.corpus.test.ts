import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/summarize/build-digest.js';
import { checkDigestLine } from '../../../src/core/summarize/check-digest-line.js';
import { readText } from '../../../src/core/text/read-text.js';
import type { FramingNote } from '../../../src/core/types.js';
import { corpusPath, describeCorpus } from '../../helpers/corpora.js';

const corpus = corpusPath('bbc-news-summary', 'bbc_news_summary.jsonl');
const EVALUATIVE = new Set(['major', 'huge', 'big', 'strong', 'key', 'massive', 'dramatically']);

/** Stand-in notes on common evaluative words, so that neutralisation runs on every article. */
function fakeNotes(text: string): FramingNote[] {
  return [...text.matchAll(/[A-Za-z]+/g)]
    .filter((m) => EVALUATIVE.has(m[0].toLowerCase()))
    .map((m) => ({
      kind: 'loaded-language' as const,
      text: m[0],
      span: [m.index, m.index + m[0].length] as [number, number],
      message: 'test',
      suggestion: m[0] === 'big' ? 'large' : 'omit',
    }));
}

describeCorpus('digest invariants over every BBC article', () => {
  it('invents no word, and every span is in bounds and in order', () => {
    const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBe(2225);
    const failures: string[] = [];
    for (const json of lines) {
      const { id, article } = JSON.parse(json) as { id: string; article: string };
      const notes = fakeNotes(article);
      const result = buildDigest(readText(article), notes, { sentences: 3, maxWords: 90 });
      if (result.status === 'ok' && result.lines.length === 0) failures.push(`${id}: empty digest`);
      for (const line of result.lines) {
        const check = checkDigestLine(article, line, notes);
        if (!check.ok) failures.push(`${id}: ${check.problems.join('; ')} | ${line.text}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
