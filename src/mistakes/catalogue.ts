import type { Compute, NetworkData } from '../schema/data.js';
import type { ProblemData } from '../schema/problem.js';
import { computeKeyShared } from '../compute/compute-key.js';
import { parameterCount } from '../nn/index.js';
import { DESCENT_MISTAKES } from './catalogue-descent.js';
import { LOSS_MISTAKES } from './catalogue-loss.js';
import { NETWORK_MISTAKES } from './catalogue-network.js';
import { isDescentCompute } from './descent-slip.js';
import { defineMistake, type Mistake } from './mistake.js';
import { isNetworkCompute } from '../compute/quantity-of.js';
import { evaluationOf } from '../compute/network-of.js';

/* Counting parameters, and the sign error that fits any computed quantity. */

const isCount = (c: Compute): c is Extract<Compute, { of: 'parameter-count' }> => c.of === 'parameter-count';
const layersOf = (problem: ProblemData): NetworkData | undefined => problem.network;

export const countWithoutBiases = defineMistake({
  id: 'count-without-biases',
  sentence: 'This is what you get leaving out the biases; every hidden and output node has one.',
  accepts: isCount,
  context: layersOf,
  fits: (_, c) => c.biases,
  value: (n) => parameterCount(n.layers, false),
});

export const countInputBiases = defineMistake({
  id: 'count-input-biases',
  sentence: 'This is what you get giving the input nodes biases too; only hidden and output nodes have them.',
  accepts: isCount,
  context: layersOf,
  fits: (_, c) => c.biases,
  value: (n) => parameterCount(n.layers, true) + (n.layers[0] ?? 0),
});

/** Quantities the evaluator computes from the problem's network or descent data (not counts or `given` arithmetic). */
const isQuantity = (c: Compute): c is Compute => isNetworkCompute(c) || isDescentCompute(c);

export const signError = defineMistake({
  id: 'sign-error',
  sentence: 'This is what you get with a sign error somewhere: the right size with the opposite sign.',
  accepts: isQuantity,
  context: (problem) => problem,
  fits: (problem, c) => (isNetworkCompute(c) ? evaluationOf(problem.network) !== undefined : problem.descent !== undefined),
  value: (problem, c) => {
    const key = computeKeyShared(problem, c);
    if (!key.ok) return undefined;
    return typeof key.value === 'number' ? -key.value : key.value.map((v) => -v);
  },
});

/**
 * Every mistake, most specific first: when two slips give the same number
 * (stepping up from w = 0 is also a sign error), the first one is named.
 */
export const MISTAKES: readonly Mistake[] = [...NETWORK_MISTAKES, ...LOSS_MISTAKES, ...DESCENT_MISTAKES, countWithoutBiases, countInputBiases, signError];

export function mistakeById(id: string): Mistake | undefined {
  return MISTAKES.find((m) => m.id === id);
}
