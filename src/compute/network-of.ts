import type { NetworkData } from '../schema/data.js';
import { convert, evaluate, type DataPoint, type Evaluation, type Network } from '../nn/index.js';

/**
 * The one place a bank's network block becomes the evaluator's Network:
 * weights converted from the bank's layout to from-to, the loss kept.
 * Undefined when the block has no weights or activations.
 */
export function networkOf(n: NetworkData | undefined): Network | undefined {
  if (!n?.weights || !n.activations) return undefined;
  const weights = n.weights.map((m) => convert(m, n.layout));
  return { layers: n.layers, activations: n.activations, weights, ...(n.biases && { biases: n.biases }), ...(n.loss && { loss: n.loss }) };
}

const asVector = (y: number | number[]): number[] => (typeof y === 'number' ? [y] : y);

/** The points the network is evaluated at: `data`, or `input` with its `target`. */
export function pointsOf(n: NetworkData): DataPoint[] | undefined {
  if (n.data) return n.data.map((p) => ({ x: p.input, y: asVector(p.target) }));
  return n.input && [{ x: n.input, y: n.target === undefined ? [] : asVector(n.target) }];
}

/**
 * The parts of a problem ask about the same network, one after another:
 * the evaluation of the last network asked about is kept (a variant's data
 * is a new object, never changed), and only that, so a bank of thousands
 * of problems holds no traces.
 */
let last: { of: NetworkData; evaluation: Evaluation } | undefined;

/** The true evaluation of a problem's network at its points, when it gives everything a pass needs. */
export function evaluationOf(n: NetworkData | undefined): Evaluation | undefined {
  if (!n) return undefined;
  if (last?.of === n) return last.evaluation;
  const net = networkOf(n);
  const points = n && pointsOf(n);
  if (!net || !points) return undefined;
  last = { of: n, evaluation: evaluate(net, points, n.reduce ?? 'mean') };
  return last.evaluation;
}
