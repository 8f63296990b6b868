/**
 * One name for everything that can be asked of a network, in the seed's
 * convention: W^(l)_ij joins node i of layer l-1 to node j of layer l; b, z
 * and a are per node of layer l >= 1; x_i is input i (a^(0)_i is x_i); H is
 * the output; and a derivative is of H with respect to one of the others.
 * Keys, formula symbols, claims, worked solutions and slips all name what
 * they read with a Quantity and read it from a trace (trace.ts). This file
 * imports nothing, so every folder may use it.
 */
export type ValueRef =
  | { kind: 'W'; layer: number; from: number; to: number }
  | { kind: 'b' | 'z' | 'a'; layer: number; node: number }
  | { kind: 'x'; node: number }
  | { kind: 'H' }
  /** The loss of one point, or the risk over the data (their mean or sum). */
  | { kind: 'L' }
  /** The target y_k of output node k. */
  | { kind: 'y'; node: number };

/** A value of the network alone (no loss): what a formula's symbols name. */
export type NetworkValue = Exclude<ValueRef, { kind: 'L' | 'y' }>;

/** What a derivative may be taken with respect to: a node value, a parameter or an input. */
export type Wrt = Exclude<ValueRef, { kind: 'H' | 'L' | 'y' }>;

/** A parameter, as a gradient step changes it. */
export type Param = Extract<ValueRef, { kind: 'W' }> | { kind: 'b'; layer: number; node: number };

export type Quantity =
  | ValueRef
  /** dH/d(by) without a loss, dL/d(by) with one. */
  | { kind: 'd'; of: 'H' | 'L'; by: Wrt }
  /** The parameter after one gradient-descent step on the loss (or risk): by - rate dL/d(by). */
  | { kind: 'updated'; by: Param; rate: number };

/** The short spelling a student types (`W2_21`, `z1_2`, `x_1`, `H`); a comma separates node numbers of 10 or more. */
export function shortName(q: Quantity): string {
  switch (q.kind) {
    case 'W':
      return `W${q.layer}_${q.from}${q.from > 9 || q.to > 9 ? ',' : ''}${q.to}`;
    case 'b':
    case 'z':
    case 'a':
      return `${q.kind}${q.layer}_${q.node}`;
    case 'x':
      return `x_${q.node}`;
    case 'H':
    case 'L':
      return q.kind;
    case 'y':
      return `y_${q.node}`;
    case 'd':
      return `d${q.of}/d${shortName(q.by)}`;
    case 'updated':
      return `${shortName(q.by)}'`;
    default:
      return unknownQuantity(q);
  }
}

/** The name in messages about a key: `z^(1)_2`, `dH/dW^(2)_12`, `dH/dx_1`, `H`. */
export function keyName(q: Quantity): string {
  switch (q.kind) {
    case 'W':
      return `W^(${q.layer})_${q.from}${q.to}`;
    case 'b':
    case 'z':
    case 'a':
      return `${q.kind}^(${q.layer})_${q.node}`;
    case 'x':
      return `x_${q.node}`;
    case 'H':
      return 'H';
    case 'L':
      return 'the loss';
    case 'y':
      return `y_${q.node}`;
    case 'd':
      return `d${q.of}/d${keyName(q.by)}`;
    case 'updated':
      return `${keyName(q.by)} after one step`;
    default:
      return unknownQuantity(q);
  }
}

/** The layers whose activation derivative g' the chain rule for `q` multiplies (1-based), for a network `depth` layers deep. */
export function derivativeLayers(q: Quantity, depth: number): number[] {
  if (q.kind !== 'd') return [];
  const by = q.by;
  const from = by.kind === 'x' ? 1 : by.kind === 'a' ? by.layer + 1 : by.layer;
  return Array.from({ length: Math.max(0, depth - from + 1) }, (_, k) => from + k);
}

/** The first layer a derivative's paths to the output pass through several nodes of, if any. */
export function pathLayers(q: Quantity, depth: number): number[] {
  if (q.kind !== 'd') return [];
  const first = q.by.kind === 'x' ? 1 : q.by.layer + 1;
  return Array.from({ length: Math.max(0, depth - first) }, (_, k) => first + k);
}

function unknownQuantity(q: never): never {
  throw new Error(`unknown quantity: ${JSON.stringify(q)}`);
}
