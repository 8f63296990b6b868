import type { Compute, NetworkData, NODE_QUANTITIES } from '../bank/schema-data.js';
import { backward, forward, type Activation, type Backward, type Forward, type Network } from '../nn/index.js';

/**
 * The evaluator re-run the way a student with a slip runs it. Each field
 * changes one piece of the forward/backward pass; an empty slip is the
 * evaluator itself (nn/forward and nn/backward, untouched).
 */
export interface NetworkSlip {
  /** g' as the student takes it, in place of nn's `derivative`. */
  derivative?: (g: Activation, z: number) => number;
  /** Where g' is evaluated: at z (right) or at the activation a = g(z). */
  derivativeAt?: 'z' | 'a';
  /** Sum back only the path through node 1 of each layer, not every path. */
  firstPathOnly?: boolean;
  /** Read W^(l)_ij as W^(l)_ji: every square matrix transposed (others cannot be). */
  transpose?: boolean;
}

export interface Pass {
  net: Network;
  fwd: Forward;
  bwd: Backward;
}

/** z, a, dH/dz, dH/da, dH/db at (layer, node): one member of Compute, its `of` a union. */
export type NodeCompute = Extract<Compute, { of: (typeof NODE_QUANTITIES)[number] }>;
export type WeightCompute = Extract<Compute, { of: 'dH/dW' }>;
export type InputCompute = Extract<Compute, { of: 'dH/dx' }>;
export type OutputCompute = Extract<Compute, { of: 'H' }>;
export type NetworkCompute = OutputCompute | NodeCompute | WeightCompute | InputCompute;
/** A derivative of H; as a type it also admits z and a, which `isBackwardCompute` rules out. */
export type BackwardCompute = NodeCompute | WeightCompute | InputCompute;

const NETWORK_COMPUTES: readonly string[] = ['H', 'z', 'a', 'dH/dz', 'dH/da', 'dH/db', 'dH/dW', 'dH/dx'];

export function isNetworkCompute(c: Compute): c is NetworkCompute {
  return NETWORK_COMPUTES.includes(c.of);
}

export function isBackwardCompute(c: Compute): c is BackwardCompute {
  return isNetworkCompute(c) && c.of.startsWith('dH/');
}

export function isNodeCompute(c: Compute): c is NodeCompute {
  return c.of === 'z' || c.of === 'a' || c.of === 'dH/dz' || c.of === 'dH/da' || c.of === 'dH/db';
}

/** The network and input of a problem, when it gives everything a pass needs. */
export function networkOf(n: NetworkData | undefined): { net: Network; x: number[] } | undefined {
  if (!n?.weights || !n.activations || !n.input) return undefined;
  const net: Network = { layers: n.layers, activations: n.activations, weights: n.weights, ...(n.biases && { biases: n.biases }) };
  return { net, x: n.input };
}

export function slippedPass(net: Network, x: number[], slip: NetworkSlip = {}): Pass {
  const used = slip.transpose ? transposeSquare(net) : net;
  const fwd = forward(used, x);
  const plain = !slip.derivative && slip.derivativeAt !== 'a' && !slip.firstPathOnly;
  return { net: used, fwd, bwd: plain ? backward(used, fwd) : slippedBackward(used, fwd, slip) };
}

/** nn/backward with the slip's pieces swapped in: the same recursion, a changed rule. */
export function slippedBackward(net: Network, fwd: Forward, slip: NetworkSlip): Backward {
  return backward(net, fwd, {
    ...(slip.derivative && { derivative: slip.derivative }),
    ...(slip.derivativeAt && { derivativeAt: slip.derivativeAt }),
    // One path: only node 1 of each layer carries the gradient back.
    ...(slip.firstPathOnly && { propagate: (w: number[][], dz: number[]) => w.map((row) => (row[0] ?? 0) * (dz[0] ?? 0)) }),
  });
}

/** Every square W^(l) transposed; a non-square one has no transpose of its shape. */
function transposeSquare(net: Network): Network {
  const weights = net.weights.map((w) => (w.length > 0 && w.every((row) => row.length === w.length) ? w.map((row, i) => row.map((_, j) => w[j]?.[i] ?? 0)) : w));
  return { ...net, weights };
}

/**
 * A node quantity at (layer, node). Layer 0 is the input: a^(0) = x and
 * dH/da^(0) = dH/dx; it has no z. Undefined when there is no such node.
 */
export function nodeValue(pass: Pass, of: NodeCompute['of'], layer: number, node: number): number | undefined {
  if (layer === 0) return of === 'a' ? pass.fwd.x[node - 1] : of === 'dH/da' ? pass.bwd.dH_dx[node - 1] : undefined;
  const table = { z: pass.fwd.z, a: pass.fwd.a, 'dH/dz': pass.bwd.dH_dz, 'dH/da': pass.bwd.dH_da, 'dH/db': pass.bwd.dH_db }[of];
  return table[layer - 1]?.[node - 1];
}

/** What `c` computes, read from a pass (right or slipped); undefined out of range. */
export function readCompute(pass: Pass, c: NetworkCompute): number | undefined {
  switch (c.of) {
    case 'H':
      return pass.fwd.output;
    case 'dH/dW':
      return pass.bwd.dH_dW[c.layer - 1]?.[c.from - 1]?.[c.to - 1];
    case 'dH/dx':
      return pass.bwd.dH_dx[c.node - 1];
    default:
      return nodeValue(pass, c.of, c.layer, c.node);
  }
}

/** Layers (1-based) whose g' the chain rule for `c` multiplies. */
export function derivativeLayers(net: Network, c: BackwardCompute): number[] {
  const depth = net.weights.length;
  const from = c.of === 'dH/dx' ? 1 : c.of === 'dH/dW' ? c.layer : c.of === 'dH/da' ? c.layer + 1 : c.layer;
  return Array.from({ length: Math.max(0, depth - from + 1) }, (_, k) => from + k);
}

/** Does more than one path lead from the node of `c` to the output? */
export function hasSeveralPaths(net: Network, c: BackwardCompute): boolean {
  const depth = net.weights.length;
  const first = c.of === 'dH/dx' ? 1 : c.layer + 1;
  return net.layers.slice(first, depth).some((n) => n > 1);
}
