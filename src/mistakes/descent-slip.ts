import type { Compute, DescentData } from '../schema/data.js';
import { augment, descentStep, linearPredict, selectBatch, squareLoss, type LinearPoint } from '../nn/index.js';
import { mean } from '../nn/batch.js';
import { scale } from '../nn/vector.js';

/**
 * One descent step of the linear model re-run with a slip. Each field
 * changes one piece; an empty slip computes what nn/linear-model computes.
 */
export interface DescentSlip {
  /** How per-point losses and gradients are combined: averaged (right) or summed. */
  reduce?: 'mean' | 'sum';
  /** The factor in front of the square loss's gradient: 2 (right). */
  lossFactor?: number;
  /** The step: against the gradient (right, w - eta grad) or along it. */
  direction?: 'down' | 'up';
  /** The 1-based points used, from the problem's batch (undefined: all) and the data size. */
  points?: (batch: readonly number[] | undefined, n: number) => number[] | undefined;
}

export type DescentCompute = Extract<Compute, { of: 'risk' | 'risk-gradient' | 'descent-step' }>;

export function isDescentCompute(c: Compute): c is DescentCompute {
  return c.of === 'risk' || c.of === 'risk-gradient' || c.of === 'descent-step';
}

/** The data as points of the linear model; the schema's x is a scalar. */
export function pointsOf(d: DescentData): (LinearPoint & { x: number })[] {
  return d.data.map(([x, y]) => ({ x, y }));
}

/** The risk, its gradient or the stepped weights; undefined when the slip selects no point. */
export function slippedDescent(d: DescentData, c: DescentCompute, slip: DescentSlip = {}): number | number[] | undefined {
  const data = pointsOf(d);
  const batch = slip.points ? slip.points(d.batch, data.length) : d.batch;
  const used = selectBatch(data, batch);
  if (used.length === 0) return undefined;
  const reduce = (values: number[]) => (slip.reduce === 'sum' ? values.reduce((s, v) => s + v, 0) : mean(values));
  const w = [...d.weights];
  if (c.of === 'risk') return reduce(used.map((p) => squareLoss(w, p)));
  const factor = slip.lossFactor ?? 2;
  const perPoint = used.map((p) => scale(augment(p.x), factor * (linearPredict(w, p.x) - p.y)));
  const grad = w.map((_, j) => reduce(perPoint.map((g) => g[j] ?? 0)));
  if (c.of === 'risk-gradient') return grad;
  return descentStep(w, grad, slip.direction === 'up' ? -d.rate : d.rate);
}

/** How many points the problem's risk is taken over. */
export function pointsUsed(d: DescentData): number {
  return selectBatch(pointsOf(d), d.batch).length;
}
