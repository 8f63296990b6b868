import { evaluate, type DataPoint, type Reduce } from './evaluation.js';
import { convert, type Layout } from './layout.js';
import type { Trace } from './trace.js';
import type { Network } from './types.js';

/** One layer l >= 1 at one point, with the derivatives of that point's loss. */
export interface LossLayerReport {
  z: number[];
  a: number[];
  dL_dz: number[];
  dL_da: number[];
  /** In the network file's own layout: [from][to] for from-to, [to][from] for to-from. */
  dL_dW: number[][];
  dL_db: number[];
}

/** A network with a loss at one input: `output` a number for one output node, a list for several. */
export interface LossPointReport {
  loss: number;
  output: number | number[];
  dL_dx: number[];
  layers: LossLayerReport[];
}

/** Over `data`: `loss` is the risk, `layers` its gradients; each point's own pass is under `points`. */
export interface RiskReport {
  loss: number;
  reduce: Reduce;
  layers: { dL_dW: number[][]; dL_db: number[] }[];
  points: ({ input: number[]; target: number[] } & LossPointReport)[];
}

/**
 * The loss and its gradients at one point, read off the point's trace;
 * `layout` is the file's, so a gradient matrix has the weights' shape.
 */
function pointReport(t: Trace, layout: Layout | undefined): LossPointReport {
  const yhat = t.fwd.a[t.fwd.a.length - 1] ?? [];
  return {
    loss: t.loss ?? Number.NaN,
    output: yhat.length === 1 ? (yhat[0] ?? Number.NaN) : [...yhat],
    dL_dx: t.bwd.dH_dx,
    layers: t.fwd.z.map((z, k) => ({
      z,
      a: t.fwd.a[k] ?? [],
      dL_dz: t.bwd.dH_dz[k] ?? [],
      dL_da: t.bwd.dH_da[k] ?? [],
      dL_dW: convert(t.bwd.dH_dW[k] ?? [], layout),
      dL_db: t.bwd.dH_db[k] ?? [],
    })),
  };
}

/** `net` (from-to, with a loss) at one input and its target. */
export function lossReport(net: Network, point: DataPoint, layout?: Layout): LossPointReport {
  const [t] = evaluate(net, [point]).points;
  return pointReport(t!, layout);
}

/**
 * `net` over a data set: the risk is the mean (or sum) of the points'
 * losses, and its gradient the same reduction of their gradients.
 */
export function riskReport(net: Network, data: readonly DataPoint[], reduce: Reduce = 'mean', layout?: Layout): RiskReport {
  const e = evaluate(net, data, reduce);
  const points = e.points.map((t, i) => ({ input: [...(data[i]?.x ?? [])], target: [...(data[i]?.y ?? [])], ...pointReport(t, layout) }));
  // Divided as evaluation.ts divides, so the risk here is the key a bank computes, to the last bit.
  const sum = (values: readonly number[]): number => {
    const s = values.reduce((acc, v) => acc + v, 0);
    return reduce === 'sum' ? s : s / values.length;
  };
  const layers = net.weights.map((_, k) => {
    const each = points.map((p) => p.layers[k]!);
    const first = each[0]!;
    return {
      dL_dW: first.dL_dW.map((row, i) => row.map((_, j) => sum(each.map((l) => l.dL_dW[i]?.[j] ?? Number.NaN)))),
      dL_db: first.dL_db.map((_, j) => sum(each.map((l) => l.dL_db[j] ?? Number.NaN))),
    };
  });
  return { loss: sum(points.map((p) => p.loss)), reduce, layers, points };
}
