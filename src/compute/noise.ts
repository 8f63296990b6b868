/**
 * How much floating-point error a computed key may carry. A sum whose terms
 * cancel (0.81 * 9100 - 0.35 * 21060 = 0) comes out as 1.8e-12, not 0: the
 * error scales with the size of the terms, not of the result. So each key
 * gets the size of the terms that made it (the same computation with every
 * number made positive and nothing cancelling), and its noise is
 * KEY_NOISE_REL times that size. This is formula evaluation's rule
 * (formula/agree.ts) applied to keys.
 */
import { descentTermSize } from '../descent/term-size.js';
import type { Compute, DescentData, NetworkData } from '../schema/data.js';

/**
 * About 4,500 double-precision units: room for the roundings of the largest
 * network (16 layers of 64 nodes), far below any digit a student types.
 */
export const KEY_NOISE_REL = 1e-12;

/** The size of the terms behind a computed value, per component; undefined when unknown. */
export function termSize(network: NetworkData | undefined, descent: DescentData | undefined, c: Compute): number | number[] | undefined {
  switch (c.of) {
    case 'H': case 'z': case 'a': case 'dH/dz': case 'dH/da': case 'dH/db': case 'dH/dW': case 'dH/dx': {
      // Sizes follow H through a from-to network at one input; other networks' keys keep the exact band.
      const plain = network && !network.layout && !network.loss && !network.data;
      const s = plain ? networkSizes(network) : undefined;
      if (!s) return undefined;
      const last = s.z.length - 1;
      if (c.of === 'H') return s.a[last]![0];
      if (c.of === 'dH/dx') return c.node === undefined ? undefined : s.da[0]![c.node - 1];
      if (c.of === 'dH/dW') {
        const from = s.a[c.layer - 1]!;
        const to = s.dz[c.layer]!;
        // The whole matrix, row by row (a plain network is from-to).
        if (c.from === undefined || c.to === undefined) return from.flatMap((ai) => to.map((dj) => ai * dj));
        return from[c.from - 1]! * to[c.to - 1]!;
      }
      if (!('layer' in c) || !('node' in c) || c.node === undefined) return undefined;
      const table = { z: s.z, a: s.a, 'dH/dz': s.dz, 'dH/da': s.da, 'dH/db': s.dz }[c.of as 'z' | 'a' | 'dH/dz' | 'dH/da' | 'dH/db'];
      return table[c.layer]?.[c.node - 1];
    }
    case 'iterate': case 'function-value': case 'gradient':
    case 'risk': case 'risk-gradient': case 'weights': case 'descent-step':
      return descent && descentTermSize(descent, c);
    default:
      // Counts are exact; an author's expression has no known terms.
      return undefined;
  }
}

/** Per layer (index 0 is the input): sizes of z, a, dH/dz and dH/da. */
interface Sizes {
  z: number[][];
  a: number[][];
  dz: number[][];
  da: number[][];
}

/** The parts of a problem ask about one network in turn: its sizes are kept for the next part (as compute-key.ts keeps its passes). */
let last: { of: NetworkData; sizes: Sizes | undefined } | undefined;

function networkSizes(n: NetworkData): Sizes | undefined {
  if (last?.of !== n) last = { of: n, sizes: sizesOf(n) };
  return last.sizes;
}

function sizesOf(n: NetworkData): Sizes | undefined {
  const { weights, activations, input } = n;
  if (!weights || !activations || !input) return undefined;
  const z: number[][] = [input.map(Math.abs)];
  const a: number[][] = [input.map(Math.abs)];
  weights.forEach((w, l) => {
    const before = a[l]!;
    const zs = (w[0] ?? []).map((_, j) => before.reduce((s, ai, i) => s + ai * Math.abs(w[i]?.[j] ?? 0), Math.abs(n.biases?.[l]?.[j] ?? 0)));
    z.push(zs);
    a.push(zs.map((zj) => (activations[l] === 'sigmoid' ? Math.max(1, zj / 4) : zj)));
  });
  const L = weights.length;
  const dz: number[][] = Array.from({ length: L + 1 }, () => []);
  const da: number[][] = Array.from({ length: L + 1 }, () => []);
  da[L] = [1];
  for (let l = L; l >= 1; l--) {
    const slope = activations[l - 1] === 'sigmoid' ? 0.25 : 1;
    dz[l] = da[l]!.map((d) => d * slope);
    const w = weights[l - 1]!;
    da[l - 1] = w.map((row) => row.reduce((s, wij, j) => s + Math.abs(wij) * dz[l]![j]!, 0));
  }
  return { z, a, dz, da };
}

/** The noise of a key of value `value` made from terms of size `size`. */
export function keyNoise(value: number, size: number | undefined): number {
  return KEY_NOISE_REL * Math.max(Math.abs(value), size ?? 0);
}

/** A round number has at most this many significant digits (as many as a key is shown with). */
const ROUND_SIG_FIGS = 6;

/**
 * A key within its noise of a round number is that number: 1.8e-12 with
 * terms of size 1e4 is 0, and 0.30000000000000004 is 0.3. Other keys are
 * kept as computed (10.666666666666666 stays).
 */
export function snapToNoise(value: number, noise: number): number {
  if (!Number.isFinite(value) || Math.abs(value) <= noise) return Number.isFinite(value) ? 0 : value;
  for (let digits = 1; digits <= ROUND_SIG_FIGS; digits++) {
    const round = Number(value.toPrecision(digits));
    if (Math.abs(round - value) <= noise) return round;
  }
  return value;
}
