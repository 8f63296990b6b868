import type { Compute, NetworkData } from '../schema/data.js';
import type { Layout, Quantity, Wrt } from '../nn/index.js';

/** A compute that reads the network's evaluation. */
export type NetworkCompute = Extract<Compute, { of: 'H' | 'output' | 'loss' | 'z' | 'a' | 'dH/dz' | 'dH/da' | 'dH/db' | 'dH/dW' | 'dH/dx' | 'dL/dz' | 'dL/da' | 'dL/db' | 'dL/dW' | 'dL/dx' | 'updated-W' | 'updated-b' }>;

const NETWORK_COMPUTES: readonly string[] = ['H', 'output', 'loss', 'z', 'a', 'dH/dz', 'dH/da', 'dH/db', 'dH/dW', 'dH/dx', 'dL/dz', 'dL/da', 'dL/db', 'dL/dW', 'dL/dx', 'updated-W', 'updated-b'];

export function isNetworkCompute(c: Compute): c is NetworkCompute {
  return NETWORK_COMPUTES.includes(c.of);
}

/**
 * What a network compute asks: one quantity, a vector or a matrix of them
 * (row by row), at one data point or over the data. `shape` is [] for one
 * value, [n] for a vector, [rows, cols] for a matrix.
 */
export interface Asked {
  quantities: Quantity[];
  shape: [] | [number] | [number, number];
  point?: number;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, k) => k + 1);

/**
 * The one place the bank's spelling of a quantity (`of: dL/dW`, `layer`,
 * `from`, `to`, ...) becomes Quantities. A node left out asks for the whole
 * layer; `output` is a vector when the network has several output nodes.
 */
export function askedOf(c: NetworkCompute, layers: readonly number[], layout?: Layout): Asked {
  const point = 'point' in c && c.point !== undefined ? { point: c.point } : {};
  const one = (q: Quantity): Asked => ({ quantities: [q], shape: [], ...point });
  const nodes = (node: number | undefined, width: number, make: (node: number) => Quantity): Asked =>
    node === undefined ? { quantities: range(width).map(make), shape: [width], ...point } : one(make(node));
  /** W^(layer) whole, row by row in the bank's layout, or one weight. */
  const weights = (layer: number, from: number | undefined, to: number | undefined, make: (from: number, to: number) => Quantity): Asked => {
    if (from !== undefined && to !== undefined) return one(make(from, to));
    const before = layers[layer - 1] ?? 0;
    const after = layers[layer] ?? 0;
    const qs = layout === 'to-from'
      ? range(after).flatMap((j) => range(before).map((i) => make(i, j)))
      : range(before).flatMap((i) => range(after).map((j) => make(i, j)));
    return { quantities: qs, shape: layout === 'to-from' ? [after, before] : [before, after], ...point };
  };
  const depth = layers.length - 1;
  switch (c.of) {
    case 'H':
      return one({ kind: 'H' });
    case 'loss':
      return one({ kind: 'L' });
    case 'output': {
      const outputs = layers[depth] ?? 1;
      const qs = range(outputs).map((node): Quantity => ({ kind: 'a', layer: depth, node }));
      return { quantities: qs, shape: outputs > 1 ? [outputs] : [], ...point };
    }
    case 'z':
    case 'a':
      return nodes(c.node, layers[c.layer] ?? 0, (node) => ({ kind: c.of as 'z' | 'a', layer: c.layer, node }));
    case 'dH/dz': case 'dH/da': case 'dH/db': case 'dL/dz': case 'dL/da': case 'dL/db': {
      const by = c.of.slice(4) as 'z' | 'a' | 'b';
      return nodes(c.node, layers[c.layer] ?? 0, (node) => derivative(c.of, { kind: by, layer: c.layer, node }));
    }
    case 'dH/dW':
    case 'dL/dW':
      return weights(c.layer, c.from, c.to, (from, to) => derivative(c.of, { kind: 'W', layer: c.layer, from, to }));
    case 'dH/dx':
    case 'dL/dx':
      return nodes(c.node, layers[0] ?? 0, (node) => derivative(c.of, { kind: 'x', node }));
    case 'updated-W':
      return weights(c.layer, c.from, c.to, (from, to) => ({ kind: 'updated', rate: c.rate, by: { kind: 'W', layer: c.layer, from, to } }));
    case 'updated-b':
      return nodes(c.node, layers[c.layer] ?? 0, (node) => ({ kind: 'updated', rate: c.rate, by: { kind: 'b', layer: c.layer, node } }));
    default: {
      const never: never = c;
      throw new Error(`unhandled compute ${JSON.stringify(never)}`);
    }
  }
}

function derivative(of: string, by: Wrt): Quantity {
  return { kind: 'd', of: of.startsWith('dL') ? 'L' : 'H', by };
}

/**
 * The single Quantity of a compute that asks one value of a network at its
 * only point, as the slips and worked solutions read it; undefined for
 * anything else (a vector, a matrix, a data point, a count, an expression).
 */
export function quantityOf(c: Compute, network?: NetworkData): Quantity | undefined {
  if (!isNetworkCompute(c)) return undefined;
  const asked = askedOf(c, network?.layers ?? []);
  return asked.shape.length > 0 || asked.point !== undefined ? undefined : asked.quantities[0];
}
