// L2-regularised logistic regression by full-batch Adam, over dense float rows.

export interface Example {
  x: Float32Array;
  y: 0 | 1;
  /** How much the example counts in the loss (1 when absent). */
  weight?: number;
}

export interface Fit {
  weights: Float32Array;
  bias: number;
}

export interface FitOptions {
  l2: number;
  epochs: number;
  learningRate: number;
}

export function fitLogistic(examples: readonly Example[], o: FitOptions): Fit {
  const n = examples[0]!.x.length;
  const w = new Float32Array(n);
  let b = 0;
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const grad = new Float64Array(n + 1);
  const total = examples.reduce((sum, e) => sum + (e.weight ?? 1), 0);
  for (let t = 1; t <= o.epochs; t++) {
    grad.fill(0);
    for (const { x, y, weight = 1 } of examples) {
      const err = weight * (sigmoid(dot(w, x) + b) - y);
      for (let k = 0; k < n; k++) grad[k]! += err * x[k]!;
      grad[n]! += err;
    }
    for (let k = 0; k <= n; k++) {
      const g = grad[k]! / total + (k < n ? o.l2 * w[k]! : 0);
      m[k] = 0.9 * m[k]! + 0.1 * g;
      v[k] = 0.999 * v[k]! + 0.001 * g * g;
      const step =
        (o.learningRate * (m[k]! / (1 - 0.9 ** t))) / (Math.sqrt(v[k]! / (1 - 0.999 ** t)) + 1e-8);
      if (k < n) w[k]! -= step;
      else b -= step;
    }
  }
  return { weights: w, bias: b };
}

export function predict(fit: Fit, x: Float32Array): number {
  return sigmoid(dot(fit.weights, x) + fit.bias);
}

function dot(w: Float32Array, x: Float32Array): number {
  let s = 0;
  for (let k = 0; k < w.length; k++) s += w[k]! * x[k]!;
  return s;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
