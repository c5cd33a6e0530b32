// A small L2-regularised logistic regression over sparse binary features, trained with AdaGrad.
// Used only at build and eval time; the core reads the fitted weights as plain numbers.

export interface Example {
  /** Feature names that are on for this token (all features are binary). */
  features: readonly string[];
  label: 0 | 1;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** Features seen in fewer training examples than this are dropped (word identity, mostly). */
  minCount?: number;
  seed?: number;
}

export interface Fitted {
  bias: number;
  weights: Map<string, number>;
}

/** Deterministic shuffle (mulberry32), so that the same data always gives the same weights. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function trainLogistic(examples: readonly Example[], options: TrainOptions = {}): Fitted {
  const { epochs = 8, rate = 0.3, l2 = 1e-4, minCount = 2, seed = 7 } = options;
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= minCount) index.set(f, index.size);
  const rows = examples.map((ex) => ({
    ids: Int32Array.from(ex.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))),
    label: ex.label,
  }));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const row of shuffled(rows, seed + epoch)) {
      let z = bias;
      for (const id of row.ids) z += w[id]!;
      const grad = 1 / (1 + Math.exp(-z)) - row.label;
      biasG2 += grad * grad;
      bias -= (rate * grad) / Math.sqrt(biasG2);
      for (const id of row.ids) {
        const g = grad + l2 * w[id]!;
        g2[id]! += g * g;
        w[id]! -= (rate * g) / Math.sqrt(g2[id]!);
      }
    }
  }
  const weights = new Map<string, number>();
  for (const [f, id] of index) weights.set(f, w[id]!);
  return { bias, weights };
}
