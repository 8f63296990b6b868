import { derivative } from './activations.js';
import type { Activation, Backward, Forward, Network } from './types.js';
import { outer, times } from './vector.js';

/**
 * Derivatives of the output H = a^(L)_1 by the chain rule, from the output
 * back to the input:
 *   dH/dz^(l)    = dH/da^(l) * g_l'(z^(l))      (elementwise)
 *   dH/dW^(l)_ij = a^(l-1)_i dH/dz^(l)_j
 *   dH/db^(l)    = dH/dz^(l)                     (kept even without biases)
 *   dH/da^(l-1)  = W^(l) dH/dz^(l)
 * `fwd` must be `forward(net, x)` for the same network.
 */
/**
 * The pieces of the chain rule, replaceable so that src/mistakes can run the
 * same recursion with a student's slip in it. The defaults are the truth.
 */
export interface BackwardRules {
  /** g'(v) for layer activation g; default: the true derivative (ReLU'(0) = 0). */
  derivative?: (g: Activation, v: number) => number;
  /** Where g' is taken: at z (right) or at a. */
  derivativeAt?: 'z' | 'a';
  /** dH/da^(l-1) from W^(l) and dH/dz^(l); default: W dH/dz. */
  propagate?: (w: number[][], dz: number[]) => number[];
}

export function backward(net: Network, fwd: Forward, rules: BackwardRules = {}): Backward {
  const gPrime = rules.derivative ?? derivative;
  const propagate = rules.propagate ?? times;
  const depth = net.weights.length;
  const dH_dz: number[][] = new Array<number[]>(depth);
  const dH_da: number[][] = new Array<number[]>(depth);
  const dH_dW: number[][][] = new Array<number[][]>(depth);
  // H is the output node itself, so dH/da^(L) = (1).
  let upstream: number[] = [1];
  for (let k = depth - 1; k >= 0; k--) {
    const g = net.activations[k] ?? 'linear';
    const zk = (rules.derivativeAt === 'a' ? fwd.a[k] : fwd.z[k]) ?? [];
    const before = k === 0 ? fwd.x : (fwd.a[k - 1] ?? []);
    const dz = zk.map((v, j) => (upstream[j] ?? 0) * gPrime(g, v));
    dH_da[k] = upstream;
    dH_dz[k] = dz;
    dH_dW[k] = outer(before, dz);
    upstream = propagate(net.weights[k] ?? [], dz);
  }
  return { dH_dz, dH_da, dH_dW, dH_db: dH_dz.map((v) => [...v]), dH_dx: upstream };
}
