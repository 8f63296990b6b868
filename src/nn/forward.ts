import { activateLayer } from './activations.js';
import type { Forward, Network } from './types.js';
import { transposeTimes } from './vector.js';

/**
 * One forward pass: z^(l) = (W^(l))^T a^(l-1) + b^(l), a^(l) = g_l(z^(l)).
 * Assumes the shapes were validated with the bank (schema/refine.ts).
 */
export function forward(net: Network, x: number[]): Forward {
  const z: number[][] = [];
  const a: number[][] = [];
  let previous = x;
  net.weights.forEach((w, k) => {
    const g = net.activations[k] ?? 'linear';
    const width = net.layers[k + 1] ?? 0;
    const bias = net.biases?.[k];
    const zk = transposeTimes(w, previous, width).map((s, j) => s + (bias?.[j] ?? 0));
    const ak = activateLayer(g, zk);
    z.push(zk);
    a.push(ak);
    previous = ak;
  });
  return { x: [...x], z, a, output: previous[0] ?? Number.NaN };
}
