/**
 * ReLU on/off patterns. Inside one pattern every z, a and g'(z) is a
 * polynomial in the weights and inputs, so two formulas that differ there
 * differ at almost every point of it; across patterns they may not (a term
 * with g'(z2_2) vanishes wherever node 2 of layer 2 is off). So the points
 * are spread over the patterns on purpose rather than left to chance.
 */
import type { Activation } from '../nn/index.js';
import type { Arch } from './types.js';

/** Target signs of z (true = positive) per layer; undefined where there is nothing to choose. */
export type Pattern = readonly (readonly boolean[] | undefined)[];

export function isKinked(g: Activation | undefined): boolean {
  return g === 'relu' || g === 'leaky-relu' || g === 'step';
}

/**
 * Every pattern a point can be drawn in, or undefined when there are more
 * than `limit`. A ReLU layer that is all off without biases makes the next
 * layer's z exactly 0; that is a kink when the next layer has one, so such
 * patterns are left out, and a fixed z has no sign to choose.
 */
export function activationPatterns(arch: Arch, limit: number): Pattern[] | undefined {
  if (alwaysMore(arch, limit)) return undefined;
  const out: Pattern[] = [];
  const walk = (k: number, dead: boolean, prefix: Pattern): boolean => {
    if (k === arch.activations.length) {
      out.push(prefix);
      return out.length <= limit;
    }
    const g = arch.activations[k];
    const width = arch.layers[k + 1] ?? 0;
    if (dead && arch.biases !== true) {
      return isKinked(g) || walk(k + 1, g !== 'sigmoid', [...prefix, undefined]);
    }
    if (!isKinked(g)) return walk(k + 1, false, [...prefix, undefined]);
    for (let bits = 0; bits < 2 ** width; bits += 1) {
      const signs = Array.from({ length: width }, (_, j) => ((bits >> j) & 1) === 1);
      if (!walk(k + 1, (g === 'relu' || g === 'step') && signs.every((s) => !s), [...prefix, signs])) return false;
    }
    return true;
  };
  return walk(0, false, []) ? out : undefined;
}

/**
 * True when the patterns surely outnumber `limit`, counted without listing
 * them: every kinked layer with at least one node on is a pattern (no layer
 * is dead then), and those alone number the product of 2^width - 1. On a
 * network of 64-node layers that is known at once, where walking the
 * patterns until `limit` of them took a first answer's 20 ms.
 */
function alwaysMore(arch: Arch, limit: number): boolean {
  let alive = 1;
  arch.activations.forEach((g, k) => {
    if (isKinked(g)) alive *= 2 ** (arch.layers[k + 1] ?? 0) - 1;
  });
  return alive > limit;
}
