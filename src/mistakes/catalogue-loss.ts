import type { Compute, NetworkData } from '../schema/data.js';
import type { ProblemData } from '../schema/problem.js';
import { networkOf, pointsOf } from '../compute/network-of.js';
import { askedOf, isNetworkCompute, type Asked, type NetworkCompute } from '../compute/quantity-of.js';
import { evaluate, evaluationValue, type DataPoint, type Evaluation, type Network, type Quantity, type Reduce, type TraceRules } from '../nn/index.js';
import { defineMistake, type Mistake } from './mistake.js';

/*
 * Slips in the loss, the risk over the data and the gradient step of a
 * network with a loss. Each is the same evaluation (nn/evaluation.ts) run
 * with one rule changed: another loss, another logarithm, softmax's
 * Jacobian without its coupling, the other reduction, or the step's sign.
 */

interface LossContext {
  data: NetworkData;
  net: Network;
  points: DataPoint[];
  reduce: Reduce;
  /** Each slip's evaluation of this network, made once: every part of a problem, and every slip tried on it, reads the same ones. */
  evaluations: Map<string, Evaluation>;
}

/** Per network block (a variant's data is a new object, never changed), as network-slip.ts keeps its passes. */
const contexts = new WeakMap<NetworkData, LossContext | null>();

function context(problem: ProblemData): LossContext | undefined {
  const data = problem.network;
  if (!data) return undefined;
  let known = contexts.get(data);
  if (known === undefined) contexts.set(data, (known = contextOf(data) ?? null));
  return known ?? undefined;
}

function contextOf(data: NetworkData): LossContext | undefined {
  const net = networkOf(data);
  const points = pointsOf(data);
  if (!net?.loss || !points || points.some((p) => p.y.length === 0)) return undefined;
  return { data, net, points, reduce: data.reduce ?? 'mean', evaluations: new Map() };
}

/** Does the value depend on the loss: L, a derivative of it, or a step on it? */
const ofLoss = (q: Quantity): boolean => q.kind === 'L' || (q.kind === 'd' && q.of === 'L') || q.kind === 'updated';
const asked = (ctx: LossContext, c: NetworkCompute): Asked => askedOf(c, ctx.data.layers);

/**
 * The part's value with `rules` (and `reduce`) in place of the true ones;
 * undefined when the part has no such value. `slip` names the rules and
 * reduction, which are the same every time that slip asks.
 */
function slipped(ctx: LossContext, slip: string, c: NetworkCompute, rules: TraceRules, reduce: Reduce = ctx.reduce, swap = (q: Quantity): Quantity => q): number | number[] | undefined {
  const a = asked(ctx, c);
  let e = ctx.evaluations.get(slip);
  if (!e) ctx.evaluations.set(slip, (e = evaluate(ctx.net, ctx.points, reduce, rules)));
  const values: number[] = [];
  for (const q of a.quantities) {
    const v = evaluationValue(e, swap(q), a.point);
    if (v === undefined) return undefined;
    values.push(v + 0);
  }
  // A whole layer (no `node`) is a vector even of one node; `output` is one for several output nodes.
  return values.length > 1 || ('node' in c && c.node === undefined) ? values : values[0];
}

function defineLossMistake(spec: { id: string; sentence: string; fits: (ctx: LossContext, qs: Quantity[], a: Asked) => boolean; value: (ctx: LossContext, c: NetworkCompute) => number | number[] | undefined }): Mistake {
  return defineMistake({
    id: spec.id,
    sentence: spec.sentence,
    accepts: (c: Compute): c is NetworkCompute => isNetworkCompute(c),
    context,
    fits: (ctx, c) => {
      const a = asked(ctx, c);
      return a.quantities.every(ofLoss) && spec.fits(ctx, a.quantities, a);
    },
    value: (ctx, c) => spec.value(ctx, c),
  });
}

export const halfDropped = defineLossMistake({
  id: 'half-dropped',
  sentence: 'This is what you get leaving out the ½ of the half-square loss, ½Σ(ŷ − y)², as if it were the square loss.',
  fits: (ctx) => ctx.net.loss === 'half-square',
  value: (ctx, c) => slipped(ctx, 'half-dropped', c, { loss: 'square' }),
});

export const squareTwoDropped = defineLossMistake({
  id: 'square-two-dropped',
  sentence: 'This is what you get dropping the 2 that the derivative of the square loss brings down: dL/dŷ = 2(ŷ − y).',
  // The loss itself has no 2 to drop.
  fits: (ctx, qs) => ctx.net.loss === 'square' && qs.every((q) => q.kind !== 'L'),
  value: (ctx, c) => slipped(ctx, 'square-two-dropped', c, { loss: 'half-square' }),
});

export const meanSumSwapped = defineLossMistake({
  id: 'mean-sum-swapped',
  sentence: 'This is what you get swapping the mean and the sum over the data points; see how this risk reduces the losses (mean or sum).',
  // Only a value over the data (no `point`) reduces the points.
  fits: (ctx, _, a) => ctx.points.length > 1 && a.point === undefined,
  value: (ctx, c) => slipped(ctx, 'mean-sum-swapped', c, {}, ctx.reduce === 'mean' ? 'sum' : 'mean'),
});

export const softmaxUncoupled = defineLossMistake({
  id: 'softmax-coupling-dropped',
  sentence: "This is what you get taking softmax's derivative elementwise, a(1 − a); each output depends on every z, so dL/dz_j = a_j(dL/da_j − Σ_k a_k dL/da_k).",
  fits: (ctx, qs) => {
    const depth = ctx.net.weights.length;
    // The output's own dL/da is read before the softmax's Jacobian is.
    return ctx.net.activations[depth - 1] === 'softmax' && qs.every((q) => q.kind !== 'L' && !(q.kind === 'd' && q.by.kind === 'a' && q.by.layer === depth));
  },
  value: (ctx, c) => slipped(ctx, 'softmax-coupling-dropped', c, { softmax: 'diagonal' }),
});

export const log10ForLn = defineLossMistake({
  id: 'log10-for-ln',
  sentence: 'This is what you get using log₁₀ where the cross-entropy takes the natural log, ln.',
  fits: (ctx) => ctx.net.loss === 'cross-entropy' || ctx.net.loss === 'binary-cross-entropy',
  value: (ctx, c) => slipped(ctx, 'log10-for-ln', c, { log: Math.log10 }),
});

export const updateSign = defineLossMistake({
  id: 'update-sign',
  sentence: 'This is what you get stepping up the gradient (W + η dL/dW); gradient descent steps against it (W − η dL/dW).',
  fits: (_, qs) => qs.every((q) => q.kind === 'updated'),
  value: (ctx, c) => slipped(ctx, 'update-sign', c, {}, ctx.reduce, (q) => (q.kind === 'updated' ? { ...q, rate: -q.rate } : q)),
});

export const LOSS_MISTAKES: readonly Mistake[] = [halfDropped, squareTwoDropped, meanSumSwapped, softmaxUncoupled, log10ForLn, updateSign];
