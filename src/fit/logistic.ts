/**
 * Logistic regression, fitted deterministically: the same rows give the same weights on every machine, so the fitted
 * file can be reviewed like code. Features are standardised with the training rows' mean and spread, which the
 * model keeps, so a weight says how much one spread of its feature moves the odds.
 */
export interface LogisticModel {
  features: string[];
  weights: number[];
  bias: number;
  mean: number[];
  std: number[];
}

export interface Row {
  x: readonly number[];
  y: 0 | 1;
}

/** Fits by full-batch gradient descent with an L2 penalty, from zero weights, for a fixed number of steps. */
export function fitLogistic(
  features: readonly string[],
  rows: readonly Row[],
  { l2 = 0.01, steps = 3000, rate = 0.5 }: { l2?: number; steps?: number; rate?: number } = {},
): LogisticModel {
  const n = features.length;
  const mean = features.map((_, j) => rows.reduce((s, r) => s + r.x[j]!, 0) / Math.max(rows.length, 1));
  const std = features.map((_, j) => {
    const v = rows.reduce((s, r) => s + (r.x[j]! - mean[j]!) ** 2, 0) / Math.max(rows.length, 1);
    return Math.sqrt(v) || 1;
  });
  const z = rows.map((r) => r.x.map((v, j) => (v - mean[j]!) / std[j]!));
  const w = new Array<number>(n).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const gw = new Array<number>(n).fill(0);
    let gb = 0;
    rows.forEach((r, i) => {
      const p = sigmoid(b + dot(w, z[i]!));
      const err = p - r.y;
      gb += err;
      for (let j = 0; j < n; j++) gw[j]! += err * z[i]![j]!;
    });
    const m = Math.max(rows.length, 1);
    b -= (rate * gb) / m;
    for (let j = 0; j < n; j++) w[j]! -= rate * (gw[j]! / m + l2 * w[j]!);
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { features: [...features], weights: w.map(round), bias: round(b), mean: mean.map(round), std: std.map(round) };
}

/** The model's probability for one row of raw (unstandardised) feature values, in the model's feature order. */
export function predict(model: LogisticModel, x: readonly number[]): number {
  let s = model.bias;
  for (let j = 0; j < model.weights.length; j++) s += model.weights[j]! * ((x[j]! - model.mean[j]!) / model.std[j]!);
  return sigmoid(s);
}

function sigmoid(s: number): number {
  return 1 / (1 + Math.exp(-s));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
