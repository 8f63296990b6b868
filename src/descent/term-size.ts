import type { DescentData } from '../schema/data.js';
import { selectBatch } from '../nn/batch.js';
import { batchFor, features } from './linear.js';
import { stepOf, type DescentCompute } from './quantity.js';
import { settingOf } from './setting.js';

/**
 * The size of the terms a linear model's key is summed from (see
 * src/compute/noise.ts), at the given weights and over one step: the key's
 * floating-point noise is relative to them, not to a key that cancels to
 * 0. Undefined past one step and on a function, where the noise is taken
 * relative to the key alone.
 */
export function descentTermSize(d: DescentData, c: DescentCompute): number | number[] | undefined {
  const s = settingOf(d);
  const k = stepOf(d, c);
  if (s.kind !== 'linear' || k > 1 || (k === 1 && c.of !== 'weights' && c.of !== 'descent-step')) return undefined;
  const w = s.weights.map(Math.abs);
  const combine = (xs: number[]) => xs.reduce((a, v) => a + v, 0) / (s.reduce === 'sum' ? 1 : Math.max(1, xs.length));
  const sizeAt = (points: typeof s.points) => {
    const fs = points.map((p) => features(s, p.x).map(Math.abs));
    const r = points.map((p, i) => fs[i]!.reduce((a, f, j) => a + f * w[j]!, 0) + Math.abs(p.y));
    const slope = (ri: number) => (s.loss === 'square' ? 2 * ri : s.loss === 'half-square' ? ri : 1);
    return { r, grad: w.map((_, j) => combine(points.map((_, i) => slope(r[i]!) * fs[i]![j]!))) };
  };
  if (c.of === 'risk') {
    const { r } = sizeAt(selectBatch(s.points, s.batch));
    return combine(r.map((ri) => (s.loss === 'absolute' ? ri : s.loss === 'half-square' ? (ri * ri) / 2 : ri * ri)));
  }
  const { grad } = sizeAt(selectBatch(s.points, batchFor(s, 0)));
  const size = c.of === 'risk-gradient' ? grad : k === 0 ? w : w.map((wj, j) => wj + Math.abs(s.rate) * grad[j]!);
  return c.component === undefined ? size : size[c.component - 1];
}
