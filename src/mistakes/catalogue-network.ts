import { derivative, derivativeLayers, pathLayers, valueOf, type Activation, type Network, type Quantity } from '../nn/index.js';
import type { Mistake } from './mistake.js';
import { atLayer, defineNetworkMistake, nodeOf, type Pass } from './network-slip.js';

/*
 * Slips in the forward and backward pass. Each re-runs the trace with one
 * rule changed (see network-slip.ts) or reads the right trace at the wrong
 * place (another layer, swapped indices).
 */

const gOf = (net: Network, layer: number): Activation => net.activations[layer - 1] ?? 'linear';
const nonLinear = (net: Network, layer: number): boolean => gOf(net, layer) !== 'linear';
/** Activations with g'(g(z)) != g'(z) somewhere; for ReLU and leaky ReLU they always agree. */
const SMOOTH: readonly Activation[] = ['sigmoid', 'tanh'];
const nodeIn = (net: Network, layer: number, node: number): boolean => layer >= 0 && node <= (net.layers[layer] ?? 0);
const depthOf = (net: Network): number => net.weights.length;
const chainLayers = (net: Network, q: Quantity): number[] => derivativeLayers(q, depthOf(net));
const dH = (by: Extract<Quantity, { kind: 'd' }>['by']): Quantity => ({ kind: 'd', of: 'H', by });
/** A derivative with respect to a weight W^(l)_ij, the one quantity several slips read apart. */
const weightOf = (q: Quantity) => (q.kind === 'd' && q.by.kind === 'W' ? q.by : undefined);

/** a^(layer)_from dH/dz^(l)_to: dH/dW^(l)_{from,to} with the activation taken from another layer (or z). */
function weightProduct(pass: Pass, w: { layer: number; from: number; to: number }, of: 'a' | 'z', layer: number): number | undefined {
  const input = valueOf(pass, { kind: of, layer, node: w.from });
  const delta = valueOf(pass, dH({ kind: 'z', layer: w.layer, node: w.to }));
  return input === undefined || delta === undefined ? undefined : input * delta;
}

export const reluPrimeZero = defineNetworkMistake({
  id: 'relu-prime-zero-as-one',
  sentence: "This is what you get if g'(0) is taken as 1; ReLU'(0) = 0 here.",
  fits: ({ net }, q) => chainLayers(net, q).some((l) => gOf(net, l) === 'relu'),
  value: ({ pass }, q) => valueOf(pass('relu-prime-zero-as-one', { derivative: (g, z) => (g === 'relu' && z === 0 ? 1 : derivative(g, z)) }), q),
});

export const derivativeDropped = defineNetworkMistake({
  id: 'activation-derivative-dropped',
  sentence: "This is what you get if the factor g'(z) is left out of the chain rule (taken as 1).",
  fits: ({ net }, q) => chainLayers(net, q).some((l) => nonLinear(net, l)),
  value: ({ pass }, q) => valueOf(pass('activation-derivative-dropped', { derivative: () => 1 }), q),
});

export const aForZ = defineNetworkMistake({
  id: 'a-for-z',
  sentence: "This is what you get using the activation a where z belongs: g'(a) instead of g'(z), or a instead of z.",
  fits: ({ net }, q) =>
    q.kind === 'z' ? nonLinear(net, q.layer) && nodeIn(net, q.layer, q.node) : chainLayers(net, q).some((l) => SMOOTH.includes(gOf(net, l))),
  value: ({ right, pass }, q) =>
    q.kind === 'z' ? valueOf(right, { kind: 'a', layer: q.layer, node: q.node }) : valueOf(pass('a-for-z', { derivativeAt: 'a' }), q),
});

export const zForA = defineNetworkMistake({
  id: 'z-for-a',
  sentence: 'This is what you get using z where the activation \\(a = g(z)\\) belongs: \\(z^{(l-1)}\\) instead of \\(a^{(l-1)}\\), or z instead of a.',
  fits: ({ net }, q) => {
    const w = weightOf(q);
    if (q.kind === 'H') return nonLinear(net, depthOf(net));
    if (w) return w.layer >= 2 && nonLinear(net, w.layer - 1);
    return q.kind === 'a' && nonLinear(net, q.layer) && nodeIn(net, q.layer, q.node);
  },
  value: ({ net, right }, q) => {
    const w = weightOf(q);
    if (q.kind === 'H') return valueOf(right, { kind: 'z', layer: depthOf(net), node: 1 });
    if (w) return weightProduct(right, w, 'z', w.layer - 1);
    return q.kind === 'a' ? valueOf(right, { kind: 'z', layer: q.layer, node: q.node }) : undefined;
  },
});

/** Is W^(l) square and not symmetric, so that reading it transposed changes it? */
function transposable(w: readonly number[][] | undefined): boolean {
  return !!w && w.length > 0 && w.every((row) => row.length === w.length) && w.some((row, i) => row.some((v, j) => v !== w[j]?.[i]));
}

export const transpose = defineNetworkMistake({
  id: 'transpose',
  sentence: 'This is what you get reading \\(W^{(l)}_{ij}\\) as \\(W^{(l)}_{ji}\\) (the transpose); \\(W^{(l)}_{ij}\\) is the weight from node i of layer l-1 to node j of layer l.',
  fits: ({ net }, q) => {
    const w = weightOf(q);
    if (w) return w.from !== w.to && nodeIn(net, w.layer - 1, w.to) && nodeIn(net, w.layer, w.from);
    const upTo = q.kind === 'z' || q.kind === 'a' ? q.layer : depthOf(net);
    return net.weights.slice(0, upTo).some(transposable);
  },
  value: ({ right, pass }, q) => {
    const w = weightOf(q);
    return w ? valueOf(right, dH({ ...w, from: w.to, to: w.from })) : valueOf(pass('transpose', { transpose: true }), q);
  },
});

export const onePath = defineNetworkMistake({
  id: 'one-path',
  sentence: 'This is what you get following only the first path of the chain rule; the derivative sums over every path from this node to the output.',
  fits: ({ net }, q) => pathLayers(q, depthOf(net)).some((l) => (net.layers[l] ?? 0) > 1),
  value: ({ pass }, q) => valueOf(pass('one-path', { firstPathOnly: true }), q),
});

/** Which layers exist for a node quantity: a and dH/da also at layer 0 (x and dH/dx). */
function nodeLayerOk(net: Network, q: Quantity, layer: number): boolean {
  const v = q.kind === 'd' ? q.by : q;
  return layer <= depthOf(net) && layer >= (v.kind === 'a' ? 0 : 1);
}

export const layerBelow = defineNetworkMistake({
  id: 'layer-below',
  sentence: "This is what you get using layer l-1's values for layer l (an off-by-one layer).",
  fits: ({ net }, q) => {
    const w = weightOf(q);
    if (w) return w.layer >= 2 && nodeIn(net, w.layer - 2, w.from);
    const n = nodeOf(q);
    return n !== undefined && nodeLayerOk(net, q, n.layer - 1) && nodeIn(net, n.layer - 1, n.node);
  },
  value: ({ right }, q) => {
    const w = weightOf(q);
    const n = nodeOf(q);
    if (w) return weightProduct(right, w, 'a', w.layer - 2);
    return n && valueOf(right, atLayer(q, n.layer - 1));
  },
});

export const layerAbove = defineNetworkMistake({
  id: 'layer-above',
  sentence: "This is what you get using layer l+1's values for layer l (an off-by-one layer).",
  fits: ({ net }, q) => {
    const w = weightOf(q);
    if (w) return nodeIn(net, w.layer, w.from);
    if (q.kind === 'd' && q.by.kind === 'x') return nodeIn(net, 1, q.by.node);
    const n = nodeOf(q);
    return n !== undefined && nodeLayerOk(net, q, n.layer + 1) && nodeIn(net, n.layer + 1, n.node);
  },
  value: ({ right }, q) => {
    const w = weightOf(q);
    if (w) return weightProduct(right, w, 'a', w.layer);
    if (q.kind === 'd' && q.by.kind === 'x') return valueOf(right, dH({ kind: 'a', layer: 1, node: q.by.node }));
    const n = nodeOf(q);
    return n && valueOf(right, atLayer(q, n.layer + 1));
  },
});

export const NETWORK_MISTAKES: readonly Mistake[] = [reluPrimeZero, derivativeDropped, aForZ, zForA, transpose, onePath, layerBelow, layerAbove];
