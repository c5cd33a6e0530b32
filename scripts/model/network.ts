// One hidden layer of tanh units over the scorer's rows, trained by mini-batch Adam on the
// weighted log loss with L2 on the weights (not the biases). Deterministic for a given seed.
import type { Example } from './logistic.js';

export interface NetworkOptions {
  hidden: number;
  l2: number;
  epochs: number;
  learningRate: number;
  batch: number;
  seed: number;
}

/** Row-major first layer (`hidden` rows of the input width), biases, output weights and bias. */
export interface Network {
  inputs: number;
  hidden: number;
  first: Float32Array;
  firstBias: Float32Array;
  out: Float32Array;
  outBias: number;
}

/** A small linear congruential generator: the same seed gives the same network. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function initial(inputs: number, hidden: number, next: () => number): Network {
  const spread = Math.sqrt(6 / (inputs + hidden));
  const first = Float32Array.from({ length: hidden * inputs }, () => (2 * next() - 1) * spread);
  const out = Float32Array.from({ length: hidden }, () => (2 * next() - 1) * Math.sqrt(6 / hidden));
  return { inputs, hidden, first, firstBias: new Float32Array(hidden), out, outBias: 0 };
}

/** The hidden activations of `x` into `h`, and P(loaded). */
function forward(net: Network, x: Float32Array, h: Float64Array): number {
  let z = net.outBias;
  for (let j = 0, at = 0; j < net.hidden; j++, at += net.inputs) {
    let s = net.firstBias[j]!;
    for (let k = 0; k < net.inputs; k++) s += net.first[at + k]! * x[k]!;
    h[j] = Math.tanh(s);
    z += net.out[j]! * h[j]!;
  }
  return 1 / (1 + Math.exp(-z));
}

export function predictNetwork(net: Network, x: Float32Array): number {
  return forward(net, x, new Float64Array(net.hidden));
}

/** All parameters as one flat view order: first, firstBias, out, outBias. */
function parameterCount(net: Network): number {
  return net.first.length + 2 * net.hidden + 1;
}

function accumulate(net: Network, e: Example, scale: number, grad: Float64Array, h: Float64Array) {
  const err = scale * (e.weight ?? 1) * (forward(net, e.x, h) - e.y);
  const { inputs, hidden } = net;
  const biasAt = net.first.length;
  for (let j = 0; j < hidden; j++) {
    const back = err * net.out[j]! * (1 - h[j]! * h[j]!);
    for (let k = 0, at = j * inputs; k < inputs; k++) grad[at + k]! += back * e.x[k]!;
    grad[biasAt + j]! += back;
    grad[biasAt + hidden + j]! += err * h[j]!;
  }
  grad[biasAt + 2 * hidden]! += err;
}

function parameter(net: Network, i: number): number {
  const f = net.first.length;
  if (i < f) return net.first[i]!;
  if (i < f + net.hidden) return net.firstBias[i - f]!;
  if (i < f + 2 * net.hidden) return net.out[i - f - net.hidden]!;
  return net.outBias;
}

function shift(net: Network, i: number, by: number): void {
  const f = net.first.length;
  if (i < f) net.first[i]! -= by;
  else if (i < f + net.hidden) net.firstBias[i - f]! -= by;
  else if (i < f + 2 * net.hidden) net.out[i - f - net.hidden]! -= by;
  else net.outBias -= by;
}

export function fitNetwork(examples: readonly Example[], o: NetworkOptions): Network {
  const next = random(o.seed);
  const net = initial(examples[0]!.x.length, o.hidden, next);
  const n = parameterCount(net);
  const penalised = net.first.length;
  const [m, v, grad] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  const h = new Float64Array(o.hidden);
  const meanWeight = examples.reduce((s, e) => s + (e.weight ?? 1), 0) / examples.length;
  const order = examples.map((_, i) => i);
  let t = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let from = 0; from < order.length; from += o.batch) {
      const batch = order.slice(from, from + o.batch);
      grad.fill(0);
      const scale = 1 / (meanWeight * batch.length);
      for (const i of batch) accumulate(net, examples[i]!, scale, grad, h);
      t++;
      for (let k = 0; k < n; k++) {
        const g =
          grad[k]! +
          (k < penalised || (k >= penalised + o.hidden && k < n - 1)
            ? o.l2 * parameter(net, k)
            : 0);
        m[k] = 0.9 * m[k]! + 0.1 * g;
        v[k] = 0.999 * v[k]! + 0.001 * g * g;
        shift(
          net,
          k,
          (o.learningRate * (m[k]! / (1 - 0.9 ** t))) /
            (Math.sqrt(v[k]! / (1 - 0.999 ** t)) + 1e-8),
        );
      }
    }
  }
  return net;
}
