import { valueOf, trace, type Trace, type TraceRules } from './trace.js';
import type { Quantity } from './quantity.js';
import type { Network } from './types.js';

/** One labelled example: an input and its target (one number per output node). */
export interface DataPoint {
  x: number[];
  y: number[];
}

/** How the losses of the points make the risk: their mean (the seed's) or their sum. */
export type Reduce = 'mean' | 'sum';

/**
 * A network traced at every point of a data set (one point for a single
 * input). The risk R = mean or sum of the points' losses, and its
 * gradient is the same reduction of theirs.
 */
export interface Evaluation {
  points: Trace[];
  reduce: Reduce;
}

export function evaluate(net: Network, data: readonly DataPoint[], reduce: Reduce = 'mean', rules: TraceRules = {}): Evaluation {
  return { points: data.map((p) => trace(net, p.x, rules, p.y)), reduce };
}

/**
 * The value of `q` at point `point` (1-based), or over the data when
 * `point` is left out: the risk, its gradient in a parameter, a step on
 * it, or a parameter. A per-point value (z, a, ...) over several points is
 * undefined: it must name its point.
 */
export function evaluationValue(e: Evaluation, q: Quantity, point?: number): number | undefined {
  if (point !== undefined) {
    const t = e.points[point - 1];
    return t && valueOf(t, q);
  }
  const first = e.points[0];
  if (!first) return undefined;
  if (e.points.length === 1) return valueOf(first, q);
  switch (q.kind) {
    case 'W':
    case 'b':
      return valueOf(first, q);
    case 'L':
      return reduced(e, q);
    case 'd':
      return q.by.kind === 'W' || q.by.kind === 'b' ? reduced(e, q) : undefined;
    case 'updated': {
      const now = valueOf(first, q.by);
      const slope = reduced(e, { kind: 'd', of: 'L', by: q.by });
      return now === undefined || slope === undefined ? undefined : now - q.rate * slope;
    }
    default:
      return undefined;
  }
}

function reduced(e: Evaluation, q: Quantity): number | undefined {
  let sum = 0;
  for (const t of e.points) {
    const v = valueOf(t, q);
    if (v === undefined) return undefined;
    sum += v;
  }
  return e.reduce === 'sum' ? sum : sum / e.points.length;
}
