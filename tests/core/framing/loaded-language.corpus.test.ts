import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parseLexicon } from '../../../src/core/framing/lexicon.js';
import { findLoadedLanguage } from '../../../src/core/framing/loaded-language.js';
import { readText } from '../../../src/core/text/read-text.js';
import { quotedSpans } from '../../fixtures/framing/quoted.js';
import { corpusPath, describeCorpus } from '../../helpers/corpora.js';

const root = path.resolve(import.meta.dirname, '../../..');
const lexicon = parseLexicon(
  JSON.parse(readFileSync(path.join(root, 'config/lexicon.json'), 'utf8')),
);

function notesFor(text: string) {
  return findLoadedLanguage(readText(text), lexicon, quotedSpans(text));
}

const babePath = corpusPath('babe', 'babe_sg2.jsonl');
describeCorpus('span invariant over the BABE corpus', () => {
  it('gives notes whose text equals the sliced sentence for every BABE sentence', () => {
    const rows = readFileSync(babePath, 'utf8').split('\n').filter(Boolean);
    let notes = 0;
    for (const line of rows) {
      const { text } = JSON.parse(line) as { text: string };
      for (const note of notesFor(text)) {
        notes++;
        expect(text.slice(note.span[0], note.span[1])).toBe(note.text);
      }
    }
    expect(notes).toBeGreaterThan(500);
  });
});
