import { selectBatch } from '../nn/batch.js';
import { dot } from '../nn/vector.js';
import type { LinearSetting, Loss } from './setting.js';
import type { DescentSlip } from './slip.js';

/*
 * Gradient descent on a linear model H(x) = features(x) . w, where the
 * features are (1, x) with an intercept (the seed's Aug(x)) and x without.
 */

type Point = LinearSetting['points'][number];

export function features(s: LinearSetting, x: readonly number[]): number[] {
  return s.intercept ? [1, ...x] : [...x];
}

export function residual(s: LinearSetting, w: readonly number[], p: Point): number {
  return dot(features(s, p.x), w) - p.y;
}

export function pointLoss(loss: Loss, r: number): number {
  return loss === 'square' ? r * r : loss === 'half-square' ? (r * r) / 2 : Math.abs(r);
}

/**
 * dLoss/dH at residual r. The absolute loss has no derivative at 0; its
 * subgradient there is taken as 0 (a point on the line pulls no way), as
 * docs/bank-format.md says.
 */
export function lossSlope(loss: Loss, r: number, slip: DescentSlip = {}): number {
  return loss === 'square' ? (slip.lossFactor ?? 2) * r : loss === 'half-square' ? r : Math.sign(r);
}

/** Sum or mean of the values; NaN for none, since no risk is defined there. */
export function combine(values: readonly number[], reduce: 'mean' | 'sum'): number {
  if (values.length === 0) return Number.NaN;
  const sum = values.reduce((a, v) => a + v, 0);
  return reduce === 'sum' ? sum : sum / values.length;
}

/** The 1-based points step `step + 1` uses (undefined: all of them). */
export function batchFor(s: LinearSetting, step: number, slip: DescentSlip = {}): number[] | undefined {
  const list = s.batches;
  const batch = list ? list[slip.cycle === false ? Math.min(step, list.length - 1) : step % list.length] : s.batch;
  return slip.points ? slip.points(batch, s.points.length) : batch;
}

/** The points the risk is taken over: the fixed mini-batch if there is one, else all. */
export function riskPoints(s: LinearSetting, slip: DescentSlip = {}): Point[] {
  const batch = slip.points ? slip.points(s.batch, s.points.length) : s.batch;
  return selectBatch(s.points, batch);
}

export function risk(s: LinearSetting, w: readonly number[], slip: DescentSlip = {}): number {
  return combine(riskPoints(s, slip).map((p) => pointLoss(s.loss, residual(s, w, p))), slip.reduce ?? s.reduce);
}

/** The gradient in w of the loss over `batch`, combined as the problem says. */
export function gradient(s: LinearSetting, w: readonly number[], batch: readonly number[] | undefined, slip: DescentSlip = {}): number[] {
  const used = selectBatch(s.points, batch);
  const perPoint = used.map((p) => {
    const slope = lossSlope(s.loss, residual(s, w, p), slip);
    return features(s, p.x).map((f) => slope * f);
  });
  return w.map((_, j) => combine(perPoint.map((g) => g[j] ?? 0), slip.reduce ?? s.reduce));
}

/** w_0 (the given weights) to w_last, each step w - rate * gradient over its batch. */
export function linearIterates(s: LinearSetting, last: number, slip: DescentSlip = {}): number[][] {
  const rate = (slip.rate ? slip.rate(s.rate) : s.rate) * (slip.direction === 'up' ? -1 : 1);
  const out = [s.weights];
  for (let k = 0; k < last; k++) {
    const w = out[k]!;
    const g = gradient(s, w, batchFor(s, k, slip), slip);
    out.push(w.map((wj, j) => wj - rate * g[j]!));
  }
  return out;
}
