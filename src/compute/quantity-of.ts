import type { Compute } from '../schema/data.js';
import type { Quantity } from '../nn/index.js';

/** A compute that reads the network's trace: H, a node value, or a derivative of H. */
export type NetworkCompute = Extract<Compute, { of: 'H' | 'z' | 'a' | 'dH/dz' | 'dH/da' | 'dH/db' | 'dH/dW' | 'dH/dx' }>;

/**
 * The one place the bank's spelling of a quantity (`of: dH/dW`, `layer`,
 * `from`, `to`) becomes a Quantity; undefined for a compute that does not
 * read the network (counts, descent, expressions).
 */
export function quantityOf(c: Compute): Quantity | undefined {
  switch (c.of) {
    case 'H':
      return { kind: 'H' };
    case 'z':
    case 'a':
      return { kind: c.of, layer: c.layer, node: c.node };
    case 'dH/dz':
    case 'dH/da':
    case 'dH/db':
      return { kind: 'd', of: 'H', by: { kind: c.of === 'dH/dz' ? 'z' : c.of === 'dH/da' ? 'a' : 'b', layer: c.layer, node: c.node } };
    case 'dH/dW':
      return { kind: 'd', of: 'H', by: { kind: 'W', layer: c.layer, from: c.from, to: c.to } };
    case 'dH/dx':
      return { kind: 'd', of: 'H', by: { kind: 'x', node: c.node } };
    default:
      return undefined;
  }
}

export function isNetworkCompute(c: Compute): c is NetworkCompute {
  return quantityOf(c) !== undefined;
}
