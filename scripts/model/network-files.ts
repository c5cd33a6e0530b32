// The shipped form of a trained network (weights format lede-word-scorer/2): the first layer's
// word and context columns folded into each vocabulary word's parts, the rest in weights.json.
import { EXTRA_FEATURES } from '../../src/core/framing/model/features.js';
import { encodeWordParts, type QuantisedVectors } from '../../src/core/framing/model/vectors.js';
import type { Network } from './network.js';

/** Per vocabulary word v and unit j, `vector(v) · column` at `v * hidden + j` (word, context). */
export function networkParts(net: Network, vectors: QuantisedVectors): Uint8Array {
  const { dimensions: dims, count } = vectors;
  const H = net.hidden;
  const word = new Float32Array(count * H);
  const context = new Float32Array(count * H);
  for (let v = 0; v < count; v++) {
    for (let j = 0; j < H; j++) {
      let w = 0;
      let c = 0;
      for (let d = 0, at = j * net.inputs; d < dims; d++) {
        const x = vectors.bytes[v * dims + d]! * vectors.scales[v]!;
        w += net.first[at + d]! * x;
        c += net.first[at + dims + d]! * x;
      }
      word[v * H + j] = w;
      context[v * H + j] = c;
    }
  }
  return encodeWordParts(word, context);
}

/** The weights.json fields of the network besides `threshold` and `made`. */
export function networkWeights(net: Network, dims: number) {
  const extra: number[] = [];
  for (let f = 0; f < EXTRA_FEATURES.length; f++)
    for (let j = 0; j < net.hidden; j++) extra.push(net.first[j * net.inputs + 2 * dims + f]!);
  return {
    format: 'lede-word-scorer/2',
    dimensions: dims,
    hidden: net.hidden,
    features: EXTRA_FEATURES,
    firstBias: [...net.firstBias],
    extra,
    out: [...net.out],
    outBias: net.outBias,
  };
}
