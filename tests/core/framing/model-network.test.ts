import { describe, expect, it } from 'vitest';
import { type FeatureSpace, rowFor } from '../../../scripts/model/examples.js';
import { fitLogistic, predict } from '../../../scripts/model/logistic.js';
import { fitNetwork, predictNetwork } from '../../../scripts/model/network.js';
import { networkParts, networkWeights } from '../../../scripts/model/network-files.js';
import { loadLexicon } from '../../../src/adapters/lexicon-file.js';
import { EXTRA_FEATURES } from '../../../src/core/framing/model/features.js';
import { parseLoadedModel, scoreCandidate } from '../../../src/core/framing/model/loaded-model.js';
import { scoreWriterWords, writerCandidates } from '../../../src/core/framing/model/model-terms.js';
import { quantiseVectors, readVectors } from '../../../src/core/framing/model/vectors.js';
import { readText } from '../../../src/core/text/read-text.js';

const lexicon = loadLexicon(undefined, { withModel: false });
const options = { hidden: 8, l2: 1e-4, epochs: 200, learningRate: 0.02, batch: 4, seed: 3 };

describe('the hidden-layer word scorer', () => {
  it('learns an interaction of two inputs that logistic regression cannot', () => {
    // Loaded when exactly one of the two inputs is on: "radical" before a political noun, say.
    const rows = [0, 1].flatMap((a) =>
      [0, 1].map((b) => ({ x: Float32Array.of(a, b), y: (a ^ b) as 0 | 1 })),
    );
    const net = fitNetwork(rows, options);
    const linear = fitLogistic(rows, { l2: 1e-4, epochs: 300, learningRate: 0.05 });
    for (const r of rows) {
      expect(Math.round(predictNetwork(net, r.x))).toBe(r.y);
      expect(Math.abs(predict(linear, r.x) - 0.5)).toBeLessThan(0.1);
    }
  });

  it('scores in the engine, from the shipped parts, exactly as the trained network', () => {
    const doc = readText('The senator made a disgraceful remark about the new plan.');
    const dims = 6;
    const words = [...new Set(doc.tokens.map((t) => t.normal))];
    const raw = words.map((_, i) => Array.from({ length: dims }, (_, d) => Math.sin(i * 31 + d)));
    const vectors = readVectors(quantiseVectors(raw, dims), words.length, dims);
    const space: FeatureSpace = { vectors, index: new Map(words.map((w, i) => [w, i])) };
    const candidates = writerCandidates(doc, lexicon, []);
    const rows = candidates.map((c, i) => ({
      x: rowFor(space, doc.tokens, c),
      y: (i % 2) as 0 | 1,
    }));
    const net = fitNetwork(rows, { ...options, epochs: 20 });
    const model = parseLoadedModel({
      weights: { ...networkWeights(net, dims), threshold: 0.5, made: 'test' },
      vocabulary: words.join('\n'),
      parts: networkParts(net, vectors),
    });
    expect(model.layer?.size).toBe(8);
    const scratch = new Float32Array(EXTRA_FEATURES.length);
    expect(candidates.length).toBeGreaterThan(4);
    const engine = scoreWriterWords(doc, lexicon, [], model);
    for (const [i, c] of candidates.entries()) {
      const trained = predictNetwork(net, rows[i]!.x);
      expect(scoreCandidate(model, doc.tokens, c, scratch)).toBeCloseTo(trained, 5);
      expect(engine[i]!.probability).toBeCloseTo(trained, 5);
    }
  });

  it('is rejected with a message when its layer does not fit its weights', () => {
    const net = fitNetwork([{ x: new Float32Array(2 * 3 + EXTRA_FEATURES.length), y: 1 }], {
      ...options,
      epochs: 1,
    });
    const weights = { ...networkWeights(net, 3), threshold: 0.5, made: 'test' };
    const vectors = readVectors(quantiseVectors([[1, 2, 3]], 3), 1, 3);
    const files = { vocabulary: 'word', parts: networkParts(net, vectors) };
    expect(parseLoadedModel({ ...files, weights }).layer?.size).toBe(8);
    expect(() => parseLoadedModel({ ...files, weights: { ...weights, out: [1] } })).toThrow(
      /one per unit/,
    );
    expect(() => parseLoadedModel({ ...files, parts: files.parts.slice(8), weights })).toThrow(
      /bytes/,
    );
  });
});
