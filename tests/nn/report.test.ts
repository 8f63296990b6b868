import { describe, expect, it } from 'vitest';
import { backward } from '../../src/nn/backward.js';
import { forward } from '../../src/nn/forward.js';
import { nnReport } from '../../src/nn/report.js';
import type { Network } from '../../src/nn/types.js';
import { centralDiff, firstMismatch, flatten, withBiases, withParams } from './reference.js';

/* Seed problem 9; every number below was worked by hand from W^(l)_ij = from i to j. */
const net: Network = {
  layers: [2, 2, 2, 1],
  activations: ['relu', 'relu', 'linear'],
  weights: [
    [[2, 1], [3, 1]],
    [[2, 1], [0, 1]],
    [[3], [-2]],
  ],
};

describe('nnReport', () => {
  it('gives exactly the documented fields, layers from layer 1', () => {
    expect(nnReport(net, [1, 3])).toStrictEqual({
      output: 36,
      dH_dx: [6, 10],
      layers: [
        { z: [11, 4], a: [11, 4], dH_dz: [4, -2], dH_da: [4, -2], dH_dW: [[4, -2], [12, -6]], dH_db: [4, -2] },
        { z: [22, 15], a: [22, 15], dH_dz: [3, -2], dH_da: [3, -2], dH_dW: [[33, -22], [12, -8]], dH_db: [3, -2] },
        { z: [36], a: [36], dH_dz: [1], dH_da: [1], dH_dW: [[22], [15]], dH_db: [1] },
      ],
    });
  });
});

describe('the finite-difference reference can fail', () => {
  const x = [1, 3];
  const full = withBiases(net);
  const theta = flatten(full.weights, full.biases);
  const numeric = centralDiff((t) => forward(withParams(full, t), x).output, theta);
  const bwd = backward(net, forward(net, x));

  it('accepts the real gradient', () => {
    expect(firstMismatch(flatten(bwd.dH_dW, bwd.dH_db), numeric)).toBeUndefined();
  });

  it('rejects dH/dW with the from/to indices swapped', () => {
    const swapped = bwd.dH_dW.map((m, k) => (k === 0 ? [[4, 12], [-2, -6]] : m));
    expect(firstMismatch(flatten(swapped, bwd.dH_db), numeric)).toMatch(/entry 1/);
  });

  it('rejects a gradient nudged by 1e-4 in one entry', () => {
    const nudged = flatten(bwd.dH_dW, bwd.dH_db).map((v, i) => (i === 7 ? v + 1e-4 : v));
    expect(firstMismatch(nudged, numeric)).toMatch(/entry 7/);
  });
});
