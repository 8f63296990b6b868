import type { DescentData } from '../schema/data.js';
import { computeDescent, settingOf, stepOf, type DescentCompute, type DescentSlip } from '../descent/index.js';
import { selectBatch } from '../nn/batch.js';

export { isDescentCompute, solveDescent, type DescentCompute, type DescentSlip } from '../descent/index.js';

/** A descent quantity re-run with a slip; undefined when the slip gives no value (no point selected, a step before the start, divergence). */
export function slippedDescent(d: DescentData, c: DescentCompute, slip: DescentSlip = {}, given: Readonly<Record<string, number>> = {}): number | number[] | undefined {
  const r = computeDescent(d, c, given, slip);
  return r.ok ? r.value : undefined;
}

/** The mini-batches the linear model's steps use: the schedule, the one batch, or none. */
export function batchesOf(d: DescentData): number[][] {
  return d.batches ?? (d.batch ? [d.batch] : []);
}

/** The fewest points any step (or the risk) of a linear model combines. */
export function pointsUsed(d: DescentData, points: (b: readonly number[] | undefined, n: number) => number[] | undefined = (b) => b && [...b]): number {
  const s = settingOf(d);
  if (s.kind !== 'linear') return 0;
  const lists = batchesOf(d);
  return Math.min(...(lists.length ? lists : [undefined]).map((b) => selectBatch(s.points, points(b, s.points.length)).length));
}

/** Whether the descent has moved by the step a quantity is asked at (a slip in the step changes nothing at the start). */
export function moved(d: DescentData, c: DescentCompute): boolean {
  return stepOf(d, c) >= 1;
}
