import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FeatureSpace, rowFor } from '../../../scripts/model/examples.js';
import { loadLexicon, loadWordScorer } from '../../../src/adapters/lexicon-file.js';
import { findLoadedLanguage } from '../../../src/core/framing/loaded-language.js';
import { EXTRA_FEATURES } from '../../../src/core/framing/model/features.js';
import { parseLoadedModel, scoreCandidate } from '../../../src/core/framing/model/loaded-model.js';
import { scoreWriterWords, writerCandidates } from '../../../src/core/framing/model/model-terms.js';
import {
  dotsWith,
  encodeWordParts,
  quantiseVectors,
  readVectors,
} from '../../../src/core/framing/model/vectors.js';
import { readText } from '../../../src/core/text/read-text.js';
import { UserError } from '../../../src/errors.js';

const modelDir = path.resolve(import.meta.dirname, '../../../config/model');
const files = {
  weights: JSON.parse(readFileSync(path.join(modelDir, 'weights.json'), 'utf8')),
  vocabulary: readFileSync(path.join(modelDir, 'vocabulary.txt'), 'utf8'),
  parts: new Uint8Array(readFileSync(path.join(modelDir, 'parts.bin'))),
};
const lexicon = loadLexicon();
const model = lexicon.model!;

describe('the shipped word scorer', () => {
  it('loads with the lexicon, with a threshold chosen on WNC train and no BABE', () => {
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    expect(model.index.size).toBeGreaterThan(40_000);
    expect(model.made).toMatch(/WNC train/);
    expect(model.made).toMatch(/no BABE/);
  });

  it('scores exactly the features the training script builds (one code path for both)', () => {
    // The training path reads word vectors; the shipped model holds only each word's two dot
    // products with the weights (parts.bin). Over the same vectors both must give one score.
    const doc = readText('The senator made a disgraceful remark about the new plan.');
    const w = files.weights;
    const words = [...new Set(doc.tokens.map((t) => t.normal))];
    const raw = words.map((_, i) =>
      Array.from({ length: w.dimensions }, (_, d) => Math.sin(i * 31 + d)),
    );
    const vectors = readVectors(quantiseVectors(raw, w.dimensions), words.length, w.dimensions);
    const space: FeatureSpace = { vectors, index: new Map(words.map((word, i) => [word, i])) };
    const model = parseLoadedModel({
      weights: w,
      vocabulary: words.join('\n'),
      parts: encodeWordParts(...dotsWith(vectors, w.word, w.context)),
    });
    const weights = [...w.word, ...w.context, ...w.extra];
    const candidates = writerCandidates(doc, lexicon, []);
    expect(candidates.length).toBeGreaterThan(4);
    const scratch = new Float32Array(EXTRA_FEATURES.length);
    for (const c of candidates) {
      const row = rowFor(space, doc.tokens, c);
      const z = w.bias + row.reduce((sum, x, k) => sum + x * weights[k]!, 0);
      expect(scoreCandidate(model, doc.tokens, c, scratch)).toBeCloseTo(1 / (1 + Math.exp(-z)), 4);
    }
  });

  it('scores each writer-voice word as it scores alone, though only read words are looked up', () => {
    // A quote and a name the scorer never reads sit among the candidates and their neighbours.
    const text =
      'Critics said it was "a shameful failure", but Harriet Oduya calmly defended the bold plan.';
    const doc = readText(text);
    const quoted: [number, number][] = [[text.indexOf('"'), text.lastIndexOf('"') + 1]];
    const scratch = new Float32Array(EXTRA_FEATURES.length);
    const scored = scoreWriterWords(doc, lexicon, quoted, model);
    const alone = writerCandidates(doc, lexicon, quoted).map((c) =>
      scoreCandidate(model, doc.tokens, c, scratch),
    );
    expect(scored.map((w) => doc.tokens[w.index]!.normal)).toContain('calmly');
    expect(scored.map((w) => w.probability)).toEqual(alone);
  });

  it("reports a loaded word the reviewed lexicon does not hold, in the writer's voice only", () => {
    // The shipped threshold is strict (CV precision >= 0.75 on WNC train); "naive" scores
    // between 0.6 and that threshold, so the mechanism is shown with the threshold lowered below it.
    const lenient = { model: { ...model, threshold: 0.6 } };
    const text = 'The senator made a naive remark about migrants.';
    const notes = findLoadedLanguage(readText(text), lexicon, [], lenient);
    expect(notes.map((n) => n.text)).toEqual(['naive']);
    expect(notes[0]!.voice).toBe('writer');
    expect(notes[0]!.message).toMatch(/learned scorer/);
    const reported = 'The mayor said the senator made a naive remark.';
    expect(
      findLoadedLanguage(readText(reported), lexicon, [], lenient).filter(
        (n) => n.voice === 'writer',
      ),
    ).toEqual([]);
    expect(findLoadedLanguage(readText(text), lexicon, [], { model: null })).toEqual([]);
    expect(findLoadedLanguage(readText(text), lexicon, [])).toEqual([]);
  });

  it('never scores a word of a reviewed expression or a verb spelled like a label', () => {
    for (const text of ['She woke up at six.', 'PG&E warned of extreme fire weather.']) {
      const doc = readText(text);
      const words = writerCandidates(doc, lexicon, []).map((c) => doc.tokens[c.index]!.normal);
      expect(words).not.toContain('woke');
      expect(words).not.toContain('extreme');
    }
  });
});

describe('model files', () => {
  it('round-trip through int8 within half a quantisation step', () => {
    const vectors = [
      [0.5, -1.25, 3],
      [0, 0, 0],
    ];
    const back = readVectors(quantiseVectors(vectors, 3), 2, 3);
    for (const [i, v] of vectors.entries()) {
      for (const [d, x] of v.entries()) {
        const y = back.bytes[i * 3 + d]! * back.scales[i]!;
        expect(Math.abs(x - y)).toBeLessThanOrEqual(back.scales[i]! / 2 + 1e-6);
      }
    }
  });

  it("give each word's two dot products, as its dequantised vector would", () => {
    const back = readVectors(
      quantiseVectors(
        [
          [0.5, -1.25, 3],
          [2, 0, -1],
        ],
        3,
      ),
      2,
      3,
    );
    const [first, second] = dotsWith(back, [1, 2, 3], [-1, 0, 0.5]);
    for (let v = 0; v < 2; v++) {
      const x = [0, 1, 2].map((d) => back.bytes[v * 3 + d]! * back.scales[v]!);
      expect(first[v]).toBeCloseTo(x[0]! + 2 * x[1]! + 3 * x[2]!, 5);
      expect(second[v]).toBeCloseTo(-x[0]! + 0.5 * x[2]!, 5);
    }
  });

  it('are rejected with a message when they do not fit together', () => {
    const weights = files.weights;
    expect(() => parseLoadedModel({ ...files, weights: { ...weights, format: 'x' } })).toThrow(
      /format/,
    );
    expect(() =>
      parseLoadedModel({
        ...files,
        weights: { ...weights, features: [...EXTRA_FEATURES].reverse() },
      }),
    ).toThrow(/other features/);
    expect(() => parseLoadedModel({ ...files, parts: files.parts.slice(1) })).toThrow(/bytes/);
    expect(() => parseLoadedModel({ ...files, weights: { ...weights, threshold: 2 } })).toThrow(
      /threshold/,
    );
  });

  it('that are missing or broken give a user-facing error naming the folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lede-model-'));
    expect(() => loadWordScorer(dir)).toThrow(UserError);
    writeFileSync(path.join(dir, 'weights.json'), JSON.stringify({ ...files.weights, bias: 'x' }));
    writeFileSync(path.join(dir, 'vocabulary.txt'), files.vocabulary);
    writeFileSync(path.join(dir, 'parts.bin'), files.parts);
    expect(() => loadWordScorer(dir)).toThrow(new RegExp(`${dir}.*bias`));
  });
});
