import type { Activation } from './types.js';

/** Slope of leaky ReLU for z <= 0; the common default, fixed so keys are reproducible. */
export const LEAKY_SLOPE = 0.01;

/** g(z) for one of the known activations. */
export function activate(g: Activation, z: number): number {
  switch (g) {
    case 'relu':
      return z > 0 ? z : 0;
    case 'leaky-relu':
      return z > 0 ? z : LEAKY_SLOPE * z;
    case 'linear':
      return z;
    case 'sigmoid':
      return sigmoid(z);
    case 'tanh':
      return Math.tanh(z);
    case 'step':
      return z > 0 ? 1 : 0;
    case 'softmax':
      // Not a function of one node: `activateLayer` applies it to the layer.
      return Number.NaN;
    default:
      return unknownActivation(g);
  }
}

/** g applied to a whole layer: elementwise, except softmax, which normalizes over the layer. */
export function activateLayer(g: Activation, z: readonly number[]): number[] {
  if (g !== 'softmax') return z.map((v) => activate(g, v));
  // Shifted by the largest z so that exp never overflows; the ratios are unchanged.
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const total = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / total);
}

/**
 * g'(z). At the kink z = 0 both ReLU variants take the left-hand slope:
 * ReLU'(0) = 0 as the seed requires, so leaky ReLU'(0) = LEAKY_SLOPE to match.
 */
export function derivative(g: Activation, z: number): number {
  switch (g) {
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'leaky-relu':
      return z > 0 ? 1 : LEAKY_SLOPE;
    case 'linear':
      return 1;
    case 'sigmoid': {
      const s = sigmoid(z);
      return s * (1 - s);
    }
    case 'tanh': {
      const t = Math.tanh(z);
      return 1 - t * t;
    }
    case 'step':
      return 0;
    case 'softmax':
      // Its Jacobian couples the layer: the backward pass handles it (backward.ts).
      return Number.NaN;
    default:
      return unknownActivation(g);
  }
}

/** Written in two branches so exp never overflows for large |z|. */
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Reached only if the Activation union grows without this file following. */
function unknownActivation(g: never): never {
  throw new Error(`unknown activation: ${String(g)}`);
}
