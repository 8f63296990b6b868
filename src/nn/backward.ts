import { derivative } from './activations.js';
import type { Activation, Backward, Forward, Network } from './types.js';
import { outer, times } from './vector.js';

/**
 * Derivatives of the objective, H = a^(L)_1 or a loss L, by the chain rule
 * from the output back to the input (written here for H):
 *   dH/dz^(l)    = dH/da^(l) * g_l'(z^(l))      (elementwise)
 *   dH/dW^(l)_ij = a^(l-1)_i dH/dz^(l)_j
 *   dH/db^(l)    = dH/dz^(l)                     (kept even without biases)
 *   dH/da^(l-1)  = W^(l) dH/dz^(l)
 * `fwd` must be `forward(net, x)` for the same network. `seed` is the
 * objective's derivative by the output a^(L): (1) for H, dL/dŷ for a loss.
 * A softmax layer's Jacobian couples its nodes:
 *   dL/dz_j = a_j (dL/da_j - sum_k a_k dL/da_k).
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
  /** Softmax's Jacobian: coupled (right) or only its diagonal a_j (1 - a_j). */
  softmax?: 'coupled' | 'diagonal';
}

export function backward(net: Network, fwd: Forward, rules: BackwardRules = {}, seed: readonly number[] = [1]): Backward {
  const gPrime = rules.derivative ?? derivative;
  const propagate = rules.propagate ?? times;
  const depth = net.weights.length;
  const dH_dz: number[][] = new Array<number[]>(depth);
  const dH_da: number[][] = new Array<number[]>(depth);
  const dH_dW: number[][][] = new Array<number[][]>(depth);
  let upstream: number[] = [...seed];
  for (let k = depth - 1; k >= 0; k--) {
    const g = net.activations[k] ?? 'linear';
    const zk = (rules.derivativeAt === 'a' ? fwd.a[k] : fwd.z[k]) ?? [];
    const before = k === 0 ? fwd.x : (fwd.a[k - 1] ?? []);
    const dz = g === 'softmax' ? softmaxBack(fwd.a[k] ?? [], upstream, rules.softmax) : zk.map((v, j) => (upstream[j] ?? 0) * gPrime(g, v));
    dH_da[k] = upstream;
    dH_dz[k] = dz;
    dH_dW[k] = outer(before, dz);
    upstream = propagate(net.weights[k] ?? [], dz);
  }
  return { dH_dz, dH_da, dH_dW, dH_db: dH_dz.map((v) => [...v]), dH_dx: upstream };
}

function softmaxBack(a: readonly number[], da: readonly number[], rule: BackwardRules['softmax']): number[] {
  if (rule === 'diagonal') return a.map((aj, j) => (da[j] ?? 0) * aj * (1 - aj));
  let mixed = 0;
  for (let k = 0; k < a.length; k++) mixed += a[k]! * (da[k] ?? 0);
  return a.map((aj, j) => aj * ((da[j] ?? 0) - mixed));
}
