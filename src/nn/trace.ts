import { backward, type BackwardRules } from './backward.js';
import { forward } from './forward.js';
import type { Quantity } from './quantity.js';
import type { Backward, Forward, Network } from './types.js';

/**
 * One evaluation of a network at one input: the forward pass and the
 * backward pass of H, with the rules it was run with (the true ones, or a
 * student's slip). Every reader asks it for a Quantity with `valueOf`:
 * a key is a lookup, and a slip is the same trace run with one rule
 * swapped.
 */
export interface Trace {
  net: Network;
  fwd: Forward;
  bwd: Backward;
}

export function trace(net: Network, x: number[], rules: BackwardRules = {}): Trace {
  const fwd = forward(net, x);
  return { net, fwd, bwd: backward(net, fwd, rules) };
}

/**
 * The value of `q` in the trace; undefined when the network has no such
 * quantity. Layer 0 is the input: a^(0) = x and dH/da^(0) = dH/dx.
 */
export function valueOf(t: Trace, q: Quantity): number | undefined {
  const at = (rows: readonly (readonly number[])[], layer: number, node: number): number | undefined => rows[layer - 1]?.[node - 1];
  switch (q.kind) {
    case 'x':
      return t.fwd.x[q.node - 1];
    case 'z':
      return at(t.fwd.z, q.layer, q.node);
    case 'a':
      return q.layer === 0 ? t.fwd.x[q.node - 1] : at(t.fwd.a, q.layer, q.node);
    case 'b':
      return t.net.biases ? at(t.net.biases, q.layer, q.node) : undefined;
    case 'W':
      return t.net.weights[q.layer - 1]?.[q.from - 1]?.[q.to - 1];
    case 'H':
      return t.fwd.output;
    case 'd': {
      const by = q.by;
      switch (by.kind) {
        case 'x':
          return t.bwd.dH_dx[by.node - 1];
        case 'z':
          return at(t.bwd.dH_dz, by.layer, by.node);
        case 'a':
          return by.layer === 0 ? t.bwd.dH_dx[by.node - 1] : at(t.bwd.dH_da, by.layer, by.node);
        case 'b':
          return at(t.bwd.dH_db, by.layer, by.node);
        case 'W':
          return t.bwd.dH_dW[by.layer - 1]?.[by.from - 1]?.[by.to - 1];
        default:
          return unknown(by);
      }
    }
    default:
      return unknown(q);
  }
}

function unknown(q: never): never {
  throw new Error(`unknown quantity: ${JSON.stringify(q)}`);
}
