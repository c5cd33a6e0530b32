/**
 * Word vectors as the training script keeps them: for V words of D dimensions, V×D signed
 * bytes (each vector scaled so its largest component is ±127), then V little-endian float32
 * scales. A vector is `bytes[v*D + d] * scales[v]`.
 */
export interface QuantisedVectors {
  dimensions: number;
  count: number;
  bytes: Int8Array;
  scales: Float32Array;
}

/** Quantises float vectors (one array per word) into the shipped layout. */
export function quantiseVectors(
  vectors: readonly ArrayLike<number>[],
  dimensions: number,
): Uint8Array {
  const count = vectors.length;
  const out = new Uint8Array(count * dimensions + count * 4);
  const bytes = new Int8Array(out.buffer, 0, count * dimensions);
  const scales = new DataView(out.buffer, count * dimensions, count * 4);
  vectors.forEach((vector, v) => {
    let max = 0;
    for (let d = 0; d < dimensions; d++) max = Math.max(max, Math.abs(vector[d]!));
    const scale = max > 0 ? max / 127 : 1;
    for (let d = 0; d < dimensions; d++) bytes[v * dimensions + d] = Math.round(vector[d]! / scale);
    scales.setFloat32(v * 4, scale, true);
  });
  return out;
}

/** Reads the shipped layout back; throws when the byte count does not fit `count` words. */
export function readVectors(data: Uint8Array, count: number, dimensions: number): QuantisedVectors {
  if (data.byteLength !== count * (dimensions + 4)) {
    throw new Error(
      `vectors: expected ${count * (dimensions + 4)} bytes, found ${data.byteLength}`,
    );
  }
  const copy = data.slice();
  const bytes = new Int8Array(copy.buffer, 0, count * dimensions);
  const view = new DataView(copy.buffer, count * dimensions, count * 4);
  const scales = new Float32Array(count);
  for (let v = 0; v < count; v++) scales[v] = view.getFloat32(v * 4, true);
  return { dimensions, count, bytes, scales };
}

/**
 * Every word's dot products with two weight vectors, in one pass over the bytes: the word
 * scorer's share of each vocabulary word, computed at every start of a worker (41k words).
 */
export function dotsWith(
  vectors: QuantisedVectors,
  first: ArrayLike<number>,
  second: ArrayLike<number>,
): [Float32Array, Float32Array] {
  const { bytes, dimensions, count, scales } = vectors;
  const a = Float64Array.from(first);
  const b = Float64Array.from(second);
  const outA = new Float32Array(count);
  const outB = new Float32Array(count);
  for (let v = 0, at = 0; v < count; v++, at += dimensions) {
    let sumA = 0;
    let sumB = 0;
    for (let d = 0; d < dimensions; d++) {
      const x = bytes[at + d]!;
      sumA += x * a[d]!;
      sumB += x * b[d]!;
    }
    outA[v] = sumA * scales[v]!;
    outB[v] = sumB * scales[v]!;
  }
  return [outA, outB];
}

/**
 * The shipped per-word scores (config/model/parts.bin): for V words, V little-endian float32
 * dot products with the word weights, then V with the context weights. The vectors themselves
 * are only needed to train; shipping their two products makes loading a file read.
 */
export function encodeWordParts(word: Float32Array, context: Float32Array): Uint8Array {
  const out = new Uint8Array(word.length * 8);
  const view = new DataView(out.buffer);
  for (let v = 0; v < word.length; v++) {
    view.setFloat32(v * 4, word[v]!, true);
    view.setFloat32((word.length + v) * 4, context[v]!, true);
  }
  return out;
}

/** Reads parts.bin back; throws when the byte count does not fit `count` words. */
export function readWordParts(data: Uint8Array, count: number): [Float32Array, Float32Array] {
  if (data.byteLength !== count * 8) {
    throw new Error(`parts: expected ${count * 8} bytes, found ${data.byteLength}`);
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const word = new Float32Array(count);
  const context = new Float32Array(count);
  for (let v = 0; v < count; v++) {
    word[v] = view.getFloat32(v * 4, true);
    context[v] = view.getFloat32((count + v) * 4, true);
  }
  return [word, context];
}
