import { meanVector, mean, selectBatch } from './batch.js';
import { addScaled, dot, scale } from './vector.js';

/** A point for the linear model; `x` is a scalar in the seed, a vector in general. */
export interface LinearPoint {
  x: number | number[];
  y: number;
}

/** Aug(x) = (1, x): the leading 1 lets w0 act as the intercept. */
export function augment(x: number | number[]): number[] {
  return [1, ...(typeof x === 'number' ? [x] : x)];
}

/** H(x) = Aug(x) . w = w0 + w1 x1 + ... */
export function linearPredict(w: number[], x: number | number[]): number {
  return dot(augment(x), w);
}

/** Square loss (H(x) - y)^2 of one point. */
export function squareLoss(w: number[], point: LinearPoint): number {
  return (linearPredict(w, point.x) - point.y) ** 2;
}

/** Gradient in w of one point's square loss: 2 (Aug(x) . w - y) Aug(x). */
export function squareLossGradient(w: number[], point: LinearPoint): number[] {
  const aug = augment(point.x);
  return scale(aug, 2 * (dot(aug, w) - point.y));
}

/** Empirical risk: mean square loss over `data`, or over the 1-based `batch`. */
export function linearRisk(w: number[], data: LinearPoint[], batch?: number[]): number {
  return mean(selectBatch(data, batch).map((p) => squareLoss(w, p)));
}

/** Gradient of `linearRisk`: the mean of the per-point gradients. */
export function linearRiskGradient(w: number[], data: LinearPoint[], batch?: number[]): number[] {
  return meanVector(
    selectBatch(data, batch).map((p) => squareLossGradient(w, p)),
    w.length,
  );
}

/** One descent update w - rate * grad; a new vector, `w` is untouched. */
export function descentStep(w: number[], grad: number[], rate: number): number[] {
  return addScaled(w, grad, -rate);
}
