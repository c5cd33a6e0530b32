import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildLearnedModel } from '../../../scripts/lexicon/learned-model.js';
import { parseLexicon } from '../../../src/core/framing/lexicon.js';
import { findLoadedLanguage } from '../../../src/core/framing/loaded-language.js';
import {
  contextFeatures,
  findCandidates,
  wordFeatures,
} from '../../../src/core/framing/model/features.js';
import { parseLoadedModel, scoreWords } from '../../../src/core/framing/model/loaded-model.js';
import { readText } from '../../../src/core/text/read-text.js';
import { quotedSpans } from '../../fixtures/framing/quoted.js';
import { describeCorpus } from '../../helpers/corpora.js';

const root = path.resolve(import.meta.dirname, '../../..');
const readJson = (file: string): unknown =>
  JSON.parse(readFileSync(path.join(root, 'config', file), 'utf8'));
const lexicon = parseLexicon(readJson('lexicon.json'));
// Built from BABE in memory, so only where the corpora are.
let built: ReturnType<typeof buildLearnedModel>;
let model: ReturnType<typeof parseLoadedModel>;

function notesFor(text: string) {
  return findLoadedLanguage(readText(text), lexicon, quotedSpans(text), { model });
}

describeCorpus(
  'the learned loaded-language scorer (an eval experiment, built from BABE in memory)',
  () => {
    beforeAll(() => {
      built = buildLearnedModel();
      model = parseLoadedModel(built);
    });

    it('loads, with a sentence gate above its word threshold', () => {
      expect(model.threshold).toBeGreaterThan(0);
      expect(model.wordThreshold).toBeLessThanOrEqual(model.threshold);
      expect(model.weights.size).toBeGreaterThan(1000);
    });

    it('rejects malformed model files with a message naming the problem', () => {
      expect(() => parseLoadedModel(null)).toThrow(/object/);
      expect(() => parseLoadedModel({ threshold: 2, bias: 0, weights: {}, lists: {} })).toThrow(
        /threshold/,
      );
      expect(() =>
        parseLoadedModel({ threshold: 0.5, bias: 0, weights: { a: 'x' }, lists: {} }),
      ).toThrow(/weights\.a/);
    });

    it('gives the same scores on every run', () => {
      const doc = readText('The radical mob slammed the bizarre plan.');
      const first = scoreWords(doc, lexicon, [], model).map((c) => c.probability);
      const again = scoreWords(doc, lexicon, [], parseLoadedModel(built));
      expect(again.map((c) => c.probability)).toEqual(first);
    });

    it('scores exactly the sum of the weights of the features the trainer sees', () => {
      const doc = readText(
        'Critics say the scheme is a dangerous, very reckless gamble. It was not.',
      );
      const scored = scoreWords(doc, lexicon, [], model);
      for (const [i, c] of findCandidates(doc, lexicon, []).entries()) {
        let z = model.bias;
        const add = (f: string) => {
          z += model.weights.get(f) ?? 0;
        };
        wordFeatures(doc.tokens[c.index]!, model.lists, add);
        contextFeatures(doc.tokens, c, model.lists, add);
        expect(scored[i]!.probability).toBeCloseTo(1 / (1 + Math.exp(-z)), 10);
      }
    });

    const flagged: [string, string][] = [
      ['The radical leftist mob stormed the hearing.', 'radical'],
      ['The senator slammed the bizarre proposal on Tuesday.', 'slammed'],
      ['Illegal aliens crossed the border, the report claims.', 'aliens'],
    ];
    it.each(flagged)('flags a loaded word in "%s"', (text, word) => {
      expect(notesFor(text).some((n) => n.text.split(/[\s,]+/).includes(word))).toBe(true);
    });

    const clean = [
      'The city council voted 7 to 2 to raise the parking fee.',
      'Rain is expected across the region on Thursday.',
      'The bridge will reopen to traffic on Monday after repairs.',
      'The company reported revenue of $3.2 billion for the quarter.',
    ];
    it.each(clean)('raises no note on "%s"', (text) => {
      expect(notesFor(text)).toEqual([]);
    });

    it('never flags words inside direct quotes', () => {
      const text = 'She said: "This radical, bizarre mob slammed a disastrous plan."';
      expect(notesFor(text)).toEqual([]);
    });

    it('gives every note a message, a suggestion and a span that slices to its text', () => {
      const text = 'He “won” a stunning, radical victory over the corrupt, bizarre regime.';
      const notes = notesFor(text);
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) {
        expect(text.slice(...note.span)).toBe(note.text);
        expect(note.message.length).toBeGreaterThan(0);
        expect(note.suggestion?.length).toBeGreaterThan(0);
      }
    });
  },
);
