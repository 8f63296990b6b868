import type { Compute, NetworkData } from '../schema/data.js';
import { networkOf as evaluatorNetwork } from '../compute/network-of.js';
import { isNetworkCompute, quantityOf } from '../compute/quantity-of.js';
import { backward, forward, trace, type Activation, type Backward, type Forward, type Network, type Quantity, type Trace } from '../nn/index.js';
import type { ProblemData } from '../schema/problem.js';
import { defineMistake, type Mistake } from './mistake.js';

/**
 * The evaluator re-run the way a student with a slip runs it. Each field
 * changes one rule of the trace; an empty slip is the evaluator itself
 * (nn/trace, untouched).
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

/** A trace, right or slipped; the name the tests and the catalogue know it by. */
export type Pass = Trace;

/** The network and input of a problem, when it gives everything a pass needs. */
export function networkOf(n: NetworkData | undefined): { net: Network; x: number[] } | undefined {
  const net = evaluatorNetwork(n);
  // Slips re-run one input; a network over data, or with a loss, is not theirs yet.
  if (!net || !n?.input || net.loss) return undefined;
  return { net, x: n.input };
}

export function slippedPass(net: Network, x: number[], slip: NetworkSlip = {}): Pass {
  const used = slip.transpose ? transposeSquare(net) : net;
  const plain = !slip.derivative && slip.derivativeAt !== 'a' && !slip.firstPathOnly;
  if (plain) return trace(used, x);
  const fwd = forward(used, x);
  return { net: used, fwd, bwd: slippedBackward(used, fwd, slip) };
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

/** What a network slip works with: the problem's network, its true trace, and slipped traces made once each. */
export interface SlipContext {
  data: NetworkData;
  net: Network;
  right: Pass;
  /** Each slipped trace of this network, made once: every part of a problem reads the same ones. */
  pass(name: string, slip: NetworkSlip): Pass;
}

const contexts = new WeakMap<object, SlipContext>();

function slipContext(problem: ProblemData): SlipContext | undefined {
  const data = problem.network;
  if (!data) return undefined;
  const known = contexts.get(data);
  if (known) return known;
  const n = networkOf(data);
  if (!n) return undefined;
  const passes = new Map<string, Pass>();
  const ctx: SlipContext = {
    data,
    net: n.net,
    right: slippedPass(n.net, n.x),
    pass: (name, slip) => {
      let made = passes.get(name);
      if (!made) passes.set(name, (made = slippedPass(n.net, n.x, slip)));
      return made;
    },
  };
  contexts.set(data, ctx);
  return ctx;
}

/**
 * A slip in the forward or backward pass, written over quantities: `fits`
 * and `value` see the Quantity a part asks for, never the bank's spelling.
 */
export function defineNetworkMistake(spec: {
  id: string;
  sentence: string;
  fits: (ctx: SlipContext, q: Quantity) => boolean;
  value: (ctx: SlipContext, q: Quantity) => number | undefined;
}): Mistake {
  return defineMistake({
    id: spec.id,
    sentence: spec.sentence,
    accepts: (c: Compute): c is Compute => isNetworkCompute(c) && askedOne(c, undefined) !== undefined,
    context: slipContext,
    fits: (ctx, c: Compute) => spec.fits(ctx, askedOne(c, ctx.data)!),
    value: (ctx, c: Compute) => spec.value(ctx, askedOne(c, ctx.data)!),
  });
}

/**
 * quantityOf, for the part every network slip in turn asks about: the
 * catalogue's slips try one part after another, so the last answer (with
 * and without the network) is kept.
 */
const lastAsked: { c?: Compute; data?: NetworkData | undefined; q?: Quantity | undefined }[] = [{}, {}];

function askedOne(c: Compute, data: NetworkData | undefined): Quantity | undefined {
  const slot = lastAsked[data === undefined ? 0 : 1]!;
  if (slot.c !== c || slot.data !== data) {
    slot.c = c;
    slot.data = data;
    slot.q = quantityOf(c, data);
  }
  return slot.q;
}

/** A per-node quantity (z, a, or dH/d of z, a, b) and where it sits; undefined for any other. */
export function nodeOf(q: Quantity): { layer: number; node: number } | undefined {
  const v = q.kind === 'd' ? q.by : q;
  return v.kind === 'z' || v.kind === 'a' || v.kind === 'b' ? { layer: v.layer, node: v.node } : undefined;
}

/** The same per-node quantity at another layer (layer 0 of a and dH/da is x and dH/dx). */
export function atLayer(q: Quantity, layer: number): Quantity {
  if (q.kind === 'd' && (q.by.kind === 'z' || q.by.kind === 'a' || q.by.kind === 'b')) return { ...q, by: { ...q.by, layer } };
  if (q.kind === 'z' || q.kind === 'a' || q.kind === 'b') return { ...q, layer };
  return q;
}
