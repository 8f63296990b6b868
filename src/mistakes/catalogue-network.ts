import type { Compute } from '../bank/schema-data.js';
import type { ProblemData } from '../bank/schema.js';
import { derivative, type Activation, type Network } from '../nn/index.js';
import { defineMistake, type Mistake } from './mistake.js';
import {
  derivativeLayers,
  hasSeveralPaths,
  isBackwardCompute,
  isNetworkCompute,
  isNodeCompute,
  networkOf,
  nodeValue,
  readCompute,
  slippedPass,
  type NetworkSlip,
  type BackwardCompute,
  type InputCompute,
  type NodeCompute,
  type OutputCompute,
  type Pass,
  type WeightCompute,
} from './network-slip.js';

/*
 * Slips in the forward and backward pass. Each re-runs the evaluator with
 * one piece changed (see network-slip.ts) or reads the right pass at the
 * wrong place (another layer, swapped indices).
 */

interface Ctx {
  net: Network;
  x: number[];
  right: Pass;
  /** Each slipped pass of this network, made once: every part of a problem reads the same passes. */
  pass(name: string, slip: NetworkSlip): Pass;
}

const contexts = new WeakMap<object, Ctx>();

function context(problem: ProblemData): Ctx | undefined {
  const data = problem.network;
  if (!data) return undefined;
  const known = contexts.get(data);
  if (known) return known;
  const n = networkOf(data);
  if (!n) return undefined;
  const passes = new Map<string, Pass>();
  const ctx: Ctx = {
    ...n,
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

const gOf = (net: Network, layer: number): Activation => net.activations[layer - 1] ?? 'linear';
const nonLinear = (net: Network, layer: number): boolean => gOf(net, layer) !== 'linear';
/** Activations with g'(g(z)) != g'(z) somewhere; for ReLU and leaky ReLU they always agree. */
const SMOOTH: readonly Activation[] = ['sigmoid', 'tanh'];
const nodeIn = (net: Network, layer: number, node: number): boolean => layer >= 0 && node <= (net.layers[layer] ?? 0);

/** a^(layer)_from dH/dz^(l)_to: dH/dW^(l)_{from,to} with the activation taken from another layer (or z). */
function weightProduct(pass: Pass, c: WeightCompute, of: 'a' | 'z', layer: number): number | undefined {
  const input = nodeValue(pass, of, layer, c.from);
  const delta = nodeValue(pass, 'dH/dz', c.layer, c.to);
  return input === undefined || delta === undefined ? undefined : input * delta;
}

export const reluPrimeZero = defineMistake({
  id: 'relu-prime-zero-as-one',
  sentence: "This is what you get if g'(0) is taken as 1; ReLU'(0) = 0 here.",
  accepts: isBackwardCompute,
  context,
  fits: ({ net }, c) => derivativeLayers(net, c).some((l) => gOf(net, l) === 'relu'),
  value: ({ pass }, c) => readCompute(pass('relu-prime-zero-as-one', { derivative: (g, z) => (g === 'relu' && z === 0 ? 1 : derivative(g, z)) }), c),
});

export const derivativeDropped = defineMistake({
  id: 'activation-derivative-dropped',
  sentence: "This is what you get if the factor g'(z) is left out of the chain rule (taken as 1).",
  accepts: isBackwardCompute,
  context,
  fits: ({ net }, c) => derivativeLayers(net, c).some((l) => nonLinear(net, l)),
  value: ({ pass }, c) => readCompute(pass('activation-derivative-dropped', { derivative: () => 1 }), c),
});

export const aForZ = defineMistake({
  id: 'a-for-z',
  sentence: "This is what you get using the activation a where z belongs: g'(a) instead of g'(z), or a instead of z.",
  accepts: (c: Compute): c is BackwardCompute => c.of === 'z' || isBackwardCompute(c),
  context,
  fits: ({ net }, c) =>
    c.of === 'z'
      ? nonLinear(net, c.layer) && nodeIn(net, c.layer, c.node)
      : derivativeLayers(net, c).some((l) => SMOOTH.includes(gOf(net, l))),
  value: ({ right, pass }, c) =>
    c.of === 'z' ? nodeValue(right, 'a', c.layer, c.node) : readCompute(pass('a-for-z', { derivativeAt: 'a' }), c),
});

export const zForA = defineMistake({
  id: 'z-for-a',
  sentence: 'This is what you get using z where the activation \\(a = g(z)\\) belongs: \\(z^{(l-1)}\\) instead of \\(a^{(l-1)}\\), or z instead of a.',
  accepts: (c: Compute): c is OutputCompute | NodeCompute | WeightCompute => c.of === 'a' || c.of === 'H' || c.of === 'dH/dW',
  context,
  fits: ({ net }, c) => {
    if (c.of === 'H') return nonLinear(net, net.weights.length);
    if (c.of === 'dH/dW') return c.layer >= 2 && nonLinear(net, c.layer - 1);
    return nonLinear(net, c.layer) && nodeIn(net, c.layer, c.node);
  },
  value: ({ net, right }, c) => {
    if (c.of === 'H') return nodeValue(right, 'z', net.weights.length, 1);
    if (c.of === 'dH/dW') return weightProduct(right, c, 'z', c.layer - 1);
    return nodeValue(right, 'z', c.layer, c.node);
  },
});

/** Is W^(l) square and not symmetric, so that reading it transposed changes it? */
function transposable(w: readonly number[][] | undefined): boolean {
  return !!w && w.length > 0 && w.every((row) => row.length === w.length) && w.some((row, i) => row.some((v, j) => v !== w[j]?.[i]));
}

export const transpose = defineMistake({
  id: 'transpose',
  sentence: 'This is what you get reading \\(W^{(l)}_{ij}\\) as \\(W^{(l)}_{ji}\\) (the transpose); \\(W^{(l)}_{ij}\\) is the weight from node i of layer l-1 to node j of layer l.',
  accepts: isNetworkCompute,
  context,
  fits: ({ net }, c) => {
    if (c.of === 'dH/dW') return c.from !== c.to && nodeIn(net, c.layer - 1, c.to) && nodeIn(net, c.layer, c.from);
    const upTo = c.of === 'z' || c.of === 'a' ? c.layer : net.weights.length;
    return net.weights.slice(0, upTo).some(transposable);
  },
  value: ({ right, pass }, c) =>
    c.of === 'dH/dW' ? readCompute(right, { ...c, from: c.to, to: c.from }) : readCompute(pass('transpose', { transpose: true }), c),
});

export const onePath = defineMistake({
  id: 'one-path',
  sentence: 'This is what you get following only the first path of the chain rule; the derivative sums over every path from this node to the output.',
  accepts: isBackwardCompute,
  context,
  fits: ({ net }, c) => hasSeveralPaths(net, c),
  value: ({ pass }, c) => readCompute(pass('one-path', { firstPathOnly: true }), c),
});

/** Which layers exist for a node quantity: a and dH/da also at layer 0 (x and dH/dx). */
const nodeLayerOk = (net: Network, of: NodeCompute['of'], layer: number): boolean =>
  layer <= net.weights.length && layer >= (of === 'a' || of === 'dH/da' ? 0 : 1);

export const layerBelow = defineMistake({
  id: 'layer-below',
  sentence: "This is what you get using layer l-1's values for layer l (an off-by-one layer).",
  accepts: (c: Compute): c is NodeCompute | WeightCompute => isNodeCompute(c) || c.of === 'dH/dW',
  context,
  fits: ({ net }, c) =>
    c.of === 'dH/dW' ? c.layer >= 2 && nodeIn(net, c.layer - 2, c.from) : nodeLayerOk(net, c.of, c.layer - 1) && nodeIn(net, c.layer - 1, c.node),
  value: ({ right }, c) => (c.of === 'dH/dW' ? weightProduct(right, c, 'a', c.layer - 2) : nodeValue(right, c.of, c.layer - 1, c.node)),
});

export const layerAbove = defineMistake({
  id: 'layer-above',
  sentence: "This is what you get using layer l+1's values for layer l (an off-by-one layer).",
  accepts: (c: Compute): c is NodeCompute | WeightCompute | InputCompute => isNodeCompute(c) || c.of === 'dH/dW' || c.of === 'dH/dx',
  context,
  fits: ({ net }, c) => {
    if (c.of === 'dH/dW') return nodeIn(net, c.layer, c.from);
    if (c.of === 'dH/dx') return nodeIn(net, 1, c.node);
    return nodeLayerOk(net, c.of, c.layer + 1) && nodeIn(net, c.layer + 1, c.node);
  },
  value: ({ right }, c) => {
    if (c.of === 'dH/dW') return weightProduct(right, c, 'a', c.layer);
    if (c.of === 'dH/dx') return nodeValue(right, 'dH/da', 1, c.node);
    return nodeValue(right, c.of, c.layer + 1, c.node);
  },
});

export const NETWORK_MISTAKES: readonly Mistake[] = [reluPrimeZero, derivativeDropped, aForZ, zForA, transpose, onePath, layerBelow, layerAbove];
