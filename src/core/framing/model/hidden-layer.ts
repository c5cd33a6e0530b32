/**
 * The word scorer with one hidden layer of tanh units (weights format lede-word-scorer/2). The
 * first layer is linear, so per vocabulary word the shipped parts hold its vector's product with
 * the layer's word and context columns (`size` numbers each); a word costs a few hundred sums.
 */
export interface HiddenLayer {
  size: number;
  bias: Float32Array;
  /** Feature-major: the weight of extra feature f on unit j is `extra[f * size + j]`. */
  extra: Float32Array;
  out: Float32Array;
  outBias: number;
}

/** The inputs of one candidate, as `scoreCandidate` gathers them. */
export interface HiddenInputs {
  /** The word's vocabulary index, or -1. */
  word: number;
  /** The vocabulary indices of the context words that have one. */
  context: readonly number[];
  /** How many context words there are, with or without a vector. */
  contextCount: number;
  extra: Float32Array;
}

/** The output layer's log-odds for one candidate. */
export function hiddenLogOdds(
  layer: HiddenLayer,
  wordPart: Float32Array,
  contextPart: Float32Array,
  x: HiddenInputs,
): number {
  const H = layer.size;
  // The extra features the layer was built for (a caller's scratch may be longer).
  const features = layer.extra.length / H;
  let z = layer.outBias;
  for (let j = 0; j < H; j++) {
    let s = layer.bias[j]! + (x.word >= 0 ? wordPart[x.word * H + j]! : 0);
    if (x.contextCount > 0) {
      let context = 0;
      for (const u of x.context) context += contextPart[u * H + j]!;
      s += context / x.contextCount;
    }
    for (let f = 0; f < features; f++) s += x.extra[f]! * layer.extra[f * H + j]!;
    z += layer.out[j]! * Math.tanh(s);
  }
  return z;
}
