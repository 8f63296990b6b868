import type { DescentData } from '../schema/data.js';

/**
 * A descent block, read: defaults filled in and the two kinds apart. The
 * schema checked the types and refine.ts which keys go together, so the
 * fallbacks below are never taken on a valid bank.
 */
export type Setting = FunctionSetting | LinearSetting;

export interface FunctionSetting {
  kind: 'function';
  text: string;
  variables: string[];
  start: number[];
  rate: number;
  steps: number;
}

export type Loss = 'square' | 'half-square' | 'absolute';

export interface LinearSetting {
  kind: 'linear';
  /** Each point's features (without the 1 of the intercept) and its label. */
  points: { x: number[]; y: number }[];
  weights: number[];
  intercept: boolean;
  loss: Loss;
  reduce: 'mean' | 'sum';
  rate: number;
  steps: number;
  /** One mini-batch used by every step (the seed's SGD). */
  batch?: number[];
  /** One mini-batch per step, cycled. */
  batches?: number[][];
}

/** A valid descent given forwards, or solved (src/descent/backward.ts): `rate` and `start` are there. */
export function settingOf(d: DescentData): Setting {
  const steps = d.steps ?? 1;
  const rate = d.rate ?? Number.NaN;
  if (d.function !== undefined) {
    const start = d.start ?? {};
    return { kind: 'function', text: d.function, variables: Object.keys(start), start: Object.values(start), rate, steps };
  }
  return {
    kind: 'linear',
    points: (d.data ?? []).map((row) => ({ x: row.slice(0, -1), y: row[row.length - 1]! })),
    weights: [...(d.weights ?? [])],
    intercept: d.intercept ?? true,
    loss: d.loss ?? 'square',
    reduce: d.reduce ?? 'mean',
    rate,
    steps,
    ...(d.batch && { batch: d.batch }),
    ...(d.batches && { batches: d.batches }),
  };
}
