import fc from 'fast-check';
import { forward } from '../../src/nn/forward.js';
import { ACTIVATIONS, type Activation, type Network } from '../../src/nn/types.js';

/*
 * Independent references for the gradient tests: central finite
 * differences over a flat parameter vector, and generators of random
 * networks. Nothing here uses backward().
 */

export const FD_STEP = 1e-5;
/** Combined tolerance: absolute near 0, relative for large values. */
export const FD_TOLERANCE = 1e-6;

export function close(a: number, b: number, tol = FD_TOLERANCE): boolean {
  return Math.abs(a - b) <= tol * (1 + Math.max(Math.abs(a), Math.abs(b)));
}

/** Index and values of the first disagreement, or undefined when all agree. */
export function firstMismatch(analytic: number[], numeric: number[], tol = FD_TOLERANCE): string | undefined {
  if (analytic.length !== numeric.length) return `length ${analytic.length} vs ${numeric.length}`;
  const i = analytic.findIndex((a, k) => !close(a, numeric[k] ?? Number.NaN, tol));
  return i < 0 ? undefined : `entry ${i}: analytic ${analytic[i]} vs numeric ${numeric[i]}`;
}

/** Central differences (f(t + h e_i) - f(t - h e_i)) / 2h, one entry per coordinate. */
export function centralDiff(f: (theta: number[]) => number, theta: number[], h = FD_STEP): number[] {
  return theta.map((_, i) => {
    const plus = theta.map((t, k) => (k === i ? t + h : t));
    const minus = theta.map((t, k) => (k === i ? t - h : t));
    return (f(plus) - f(minus)) / (2 * h);
  });
}

/** The same network with explicit zero biases when it has none: same outputs. */
export function withBiases(net: Network): Network {
  return { ...net, biases: net.biases ?? net.layers.slice(1).map((n) => new Array<number>(n).fill(0)) };
}

/** Weights (layer, from, to) then biases (layer, node), flattened in that order. */
export function flatten(weights: number[][][], biases?: number[][]): number[] {
  return [...weights.flat(2), ...(biases ?? []).flat()];
}

/** Inverse of `flatten` for the shapes of `net` (biases only if `net` has them). */
export function withParams(net: Network, theta: number[]): Network {
  let next = 0;
  const take = (): number => theta[next++] ?? Number.NaN;
  const weights = net.layers.slice(1).map((n, k) =>
    Array.from({ length: net.layers[k] ?? 0 }, () => Array.from({ length: n }, take)),
  );
  const biases = net.biases ? net.layers.slice(1).map((n) => Array.from({ length: n }, take)) : undefined;
  return { ...net, weights, ...(biases && { biases }) };
}

/** True when two z lists put every kinked node on the same side of 0. */
export function sameKinkSides(net: Network, z1: number[][], z2: number[][]): boolean {
  return z1.every(
    (zk, k) => !isKinked(net.activations[k]) || zk.every((v, j) => v > 0 === (z2[k]?.[j] ?? 0) > 0),
  );
}

export function isKinked(g: Activation | undefined): boolean {
  return g === 'relu' || g === 'leaky-relu' || g === 'step';
}

/** Smallest |z| over the kinked layers; Infinity when no layer is kinked. */
export function kinkMargin(net: Network, x: number[]): number {
  const { z } = forward(net, x);
  return Math.min(Infinity, ...z.flatMap((zk, k) => (isKinked(net.activations[k]) ? zk.map(Math.abs) : [])));
}

/** Values in (-scale, scale) that are never exactly 0, so dead units stay rare. */
export const value = (scale = 1): fc.Arbitrary<number> =>
  fc.integer({ min: -1000, max: 999 }).map((n) => ((n + 0.5) / 1000) * scale);

export const vectorOf = (n: number, scale = 1): fc.Arbitrary<number[]> =>
  fc.array(value(scale), { minLength: n, maxLength: n });

/** A random network: 1-5 layers after the input, 1-8 nodes each, scalar output. */
/** The elementwise activations: softmax couples a layer, and banks allow it on the output only (loss-gradients.test.ts). */
export const ELEMENTWISE = ACTIVATIONS.filter((g) => g !== 'softmax');

export function networkArb(activation: fc.Arbitrary<Activation> = fc.constantFrom(...ELEMENTWISE)): fc.Arbitrary<Network> {
  return fc
    .record({
      depth: fc.integer({ min: 1, max: 5 }),
      inputs: fc.integer({ min: 1, max: 8 }),
      biased: fc.boolean(),
    })
    .chain(({ depth, inputs, biased }) =>
      fc.array(fc.integer({ min: 1, max: 8 }), { minLength: depth - 1, maxLength: depth - 1 }).chain((hidden) => {
        const layers = [inputs, ...hidden, 1];
        const shape: Network = {
          layers,
          activations: [],
          weights: [],
          ...(biased && { biases: [] }),
        };
        const count = layers.slice(1).reduce((s, n, k) => s + n * (layers[k] ?? 0) + (biased ? n : 0), 0);
        return fc
          .record({
            activations: fc.array(activation, { minLength: depth, maxLength: depth }),
            theta: vectorOf(count),
          })
          .map(({ activations, theta }) => withParams({ ...shape, activations }, theta));
      }),
    );
}
