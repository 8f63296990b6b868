import { backward, type BackwardRules } from './backward.js';
import { forward } from './forward.js';
import { lossGradient, lossValue, type Log } from './loss.js';
import type { Quantity } from './quantity.js';
import type { Backward, Forward, Loss, Network } from './types.js';

/**
 * One evaluation of a network at one input: the forward pass, the loss
 * against the target when the network has one, and the backward pass of
 * the loss (of H without one), with the rules it was run with (the true ones, or a
 * student's slip). Every reader asks it for a Quantity with `valueOf`:
 * a key is a lookup, and a slip is the same trace run with one rule
 * swapped.
 */
export interface Trace {
  net: Network;
  fwd: Forward;
  bwd: Backward;
  /** y, when the network has a loss. */
  target?: number[];
  /** L(ŷ, y), when the network has a loss. */
  loss?: number;
}

/** The rules of a trace: the backward pass's, and the loss as a slip may change it. */
export interface TraceRules extends BackwardRules {
  /** The loss in place of the network's own (the ½ forgotten, say). */
  loss?: Loss;
  /** The logarithm of the logarithmic losses: ln, unless a slip takes log10. */
  log?: Log;
}

export function trace(net: Network, x: number[], rules: TraceRules = {}, target?: readonly number[]): Trace {
  const fwd = forward(net, x);
  const loss = net.loss && (rules.loss ?? net.loss);
  if (!loss || !target) return { net, fwd, bwd: backward(net, fwd, rules) };
  const yhat = fwd.a[fwd.a.length - 1] ?? [];
  const bwd = backward(net, fwd, rules, lossGradient(loss, yhat, target, rules.log));
  return { net, fwd, bwd, target: [...target], loss: lossValue(loss, yhat, target, rules.log) };
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
    case 'L':
      return t.loss;
    case 'y':
      return t.target?.[q.node - 1];
    case 'updated': {
      const now = valueOf(t, q.by);
      const slope = valueOf(t, { kind: 'd', of: 'L', by: q.by });
      return now === undefined || slope === undefined ? undefined : now - q.rate * slope;
    }
    case 'd': {
      // The trace holds the derivatives of its own objective only.
      if ((q.of === 'L') !== (t.loss !== undefined)) return undefined;
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
