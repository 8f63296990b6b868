import { backward } from './backward.js';
import { mean, selectBatch } from './batch.js';
import { forward } from './forward.js';
import type { DataPoint, Network, NetworkGradient } from './types.js';
import { addScaledMatrix, addScaled } from './vector.js';

/** Empirical square-loss risk (1/n) sum (H(x) - y)^2 over `data` or the 1-based `batch`. */
export function networkRisk(net: Network, data: DataPoint[], batch?: number[]): number {
  return mean(selectBatch(data, batch).map((p) => (forward(net, p.x).output - p.y) ** 2));
}

/**
 * Gradient of `networkRisk` in every weight and bias: the mean over points of
 * 2 (H(x) - y) dH/dtheta, in the network's own shapes.
 */
export function networkRiskGradient(net: Network, data: DataPoint[], batch?: number[]): NetworkGradient {
  const points = selectBatch(data, batch);
  let total = zeroGradient(net);
  for (const p of points) {
    const fwd = forward(net, p.x);
    const bwd = backward(net, fwd);
    const c = (2 * (fwd.output - p.y)) / points.length;
    total = {
      weights: total.weights.map((w, k) => addScaledMatrix(w, bwd.dH_dW[k] ?? [], c)),
      ...(total.biases && { biases: total.biases.map((b, k) => addScaled(b, bwd.dH_db[k] ?? [], c)) }),
    };
  }
  // An empty batch has no mean; say so with NaN instead of a silent zero.
  return points.length === 0 ? fillGradient(total, Number.NaN) : total;
}

/** theta - rate * grad for every parameter; returns a new network. */
export function applyGradient(net: Network, grad: NetworkGradient, rate: number): Network {
  const weights = net.weights.map((w, k) => addScaledMatrix(w, grad.weights[k] ?? [], -rate));
  const biases = net.biases?.map((b, k) => addScaled(b, grad.biases?.[k] ?? [], -rate));
  return {
    layers: [...net.layers],
    activations: [...net.activations],
    weights,
    ...(biases && { biases }),
  };
}

/** One full-batch gradient-descent step on the risk over all of `data`. */
export function networkDescentStep(net: Network, data: DataPoint[], rate: number): Network {
  return applyGradient(net, networkRiskGradient(net, data), rate);
}

/** One SGD step on the mini-batch of 1-based indices `batch`. */
export function networkSgdStep(net: Network, data: DataPoint[], batch: number[], rate: number): Network {
  return applyGradient(net, networkRiskGradient(net, data, batch), rate);
}

function zeroGradient(net: Network): NetworkGradient {
  return fillGradient({ weights: net.weights, ...(net.biases && { biases: net.biases }) }, 0);
}

/** A gradient of `g`'s shape with every entry set to `value`. */
function fillGradient(g: NetworkGradient, value: number): NetworkGradient {
  return {
    weights: g.weights.map((w) => w.map((row) => row.map(() => value))),
    ...(g.biases && { biases: g.biases.map((b) => b.map(() => value)) }),
  };
}
