import { describe, expect, it } from 'vitest';
import { checkBatch, checkInput, checkShapes } from '../../src/nn/shapes.js';
import type { Network } from '../../src/nn/types.js';

const good: Network = {
  layers: [2, 3, 1],
  activations: ['relu', 'linear'],
  weights: [
    [[1, 2, 3], [4, 5, 6]],
    [[1], [2], [3]],
  ],
  biases: [[0, 0, 0], [0]],
};

describe('checkShapes', () => {
  it('finds nothing wrong with a sound network, with or without biases', () => {
    expect(checkShapes(good)).toEqual([]);
    const { biases: _, ...unbiased } = good;
    expect(checkShapes(unbiased)).toEqual([]);
  });

  it.each<[string, Network, RegExp]>([
    ['a wide output layer', { ...good, layers: [2, 3, 2] }, /output layer must have 1 node/],
    ['only an input layer', { layers: [2], activations: [], weights: [] }, /at least one more layer/],
    ['a missing activation', { ...good, activations: ['relu'] }, /activations: expected 2/],
    ['an unknown activation', { ...good, activations: ['relu', 'softplus' as never] }, /unknown "softplus"/],
    ['a transposed matrix', { ...good, weights: [[[1, 2], [3, 4], [5, 6]], [[1], [2], [3]]] }, /weights\[0\]: expected 2 rows/],
    ['a short row', { ...good, weights: [[[1, 2, 3], [4, 5]], [[1], [2], [3]]] }, /weights\[0\]\[1\]: expected 3 entries/],
    ['a NaN weight', { ...good, weights: [[[1, 2, 3], [4, Number.NaN, 6]], [[1], [2], [3]]] }, /weights\[0\]\[1\]\[1\]: not a finite/],
    ['a short bias', { ...good, biases: [[0, 0], [0]] }, /biases\[0\]: expected 3 entries/],
  ])('reports %s', (_, net, problem) => {
    const problems = checkShapes(net);
    expect(problems.some((p) => problem.test(p))).toBe(true);
  });
});

describe('checkInput and checkBatch', () => {
  it('checks the input length', () => {
    expect(checkInput(good, [1, 2])).toEqual([]);
    expect(checkInput(good, [1])).toEqual(['x: expected 2 entries, got 1']);
  });

  it('accepts 1-based indices and rejects 0, too-large, fractional and empty batches', () => {
    expect(checkBatch([1, 5], 5)).toEqual([]);
    expect(checkBatch([0, 6, 1.5], 5)).toHaveLength(3);
    expect(checkBatch([], 5)).toHaveLength(1);
  });
});
