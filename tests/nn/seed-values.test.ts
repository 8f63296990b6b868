import { describe, expect, it } from 'vitest';
import { backward } from '../../src/nn/backward.js';
import { forward } from '../../src/nn/forward.js';
import { descentStep, linearRiskGradient, type LinearPoint } from '../../src/nn/linear-model.js';
import { parameterCount } from '../../src/nn/parameters.js';
import type { Network } from '../../src/nn/types.js';

/* Numbers stated by the seed quiz (see shared/seed/RECONSTRUCTION.md). */

const net221 = (weights: number[][][]): Network => ({
  layers: [2, 2, 2, 1],
  activations: ['relu', 'relu', 'linear'],
  weights,
});
const I = [
  [1, 0],
  [0, 1],
];

describe('problem 1: backprop from partial facts', () => {
  it.each([
    { variant: 'A', x: [3, -2], w2: [[5, 1], [1, 2]], w3: [[-3], [1]], z2: [15, 3], answers: [-14, -1, -14, 0, -9, 0] },
    { variant: 'B', x: [2, 4], w2: [[3, -1], [-1, 2]], w3: [[-1], [2]], z2: [2, 6], answers: [-5, 5, -5, 5, -2, -4] },
  ])('variant $variant', ({ x, w2, w3, z2, answers }) => {
    const net = net221([I, w2, w3]);
    const fwd = forward(net, x);
    const bwd = backward(net, fwd);
    expect(fwd.z[0]).toEqual(x);
    expect(fwd.z[1]).toEqual(z2);
    expect(bwd.dH_dz[1]).toEqual(w3.map((r) => r[0]));
    const got = [
      bwd.dH_da[0]?.[0],
      bwd.dH_da[0]?.[1],
      bwd.dH_dz[0]?.[0],
      bwd.dH_dz[0]?.[1],
      bwd.dH_dW[1]?.[0]?.[0],
      bwd.dH_dW[1]?.[1]?.[0],
    ];
    expect(got.map((v) => v! + 0)).toEqual(answers); // + 0 folds -0 into 0
  });
});

describe('problem 8: ReLU network with a zero pre-activation', () => {
  const net = net221([
    [[5, 0], [-1, 3]],
    [[1, -1], [0, 1]],
    [[4], [-2]],
  ]);
  const fwd = forward(net, [-2, 3]);
  const bwd = backward(net, fwd);

  it('reproduces the stated values', () => {
    expect(fwd.z[0]).toEqual([-13, 9]);
    expect(fwd.z[1]).toEqual([0, 9]);
    expect(fwd.output).toBe(-18);
  });

  it('uses ReLU\'(0) = 0 at z2_1 = 0, and not every dH/dW is zero (answer False)', () => {
    expect(bwd.dH_dz[1]?.[0]).toBe(0);
    expect(bwd.dH_dW.flat(2).some((v) => v !== 0)).toBe(true);
    expect(bwd.dH_dW[2]).toEqual([[0], [9]]);
  });
});

describe('problem 9: network with values', () => {
  const net = net221([
    [[2, 1], [3, 1]],
    [[2, 1], [0, 1]],
    [[3], [-2]],
  ]);
  const fwd = forward(net, [1, 3]);
  const bwd = backward(net, fwd);

  it.each([
    ['z1', fwd.z[0], [11, 4]],
    ['z2', fwd.z[1], [22, 15]],
    ['H', fwd.output, 36],
    ['dH/dz2_1', bwd.dH_dz[1]?.[0], 3],
    ['dH/da1_2', bwd.dH_da[0]?.[1], -2],
    ['dH/dW1_11', bwd.dH_dW[0]?.[0]?.[0], 4],
    ['dH/dW1_21 = x_2 dH/dz1_1', bwd.dH_dW[0]?.[1]?.[0], 12],
    ['dH/dx = W1 dH/dz1', bwd.dH_dx, [6, 10]],
  ])('%s', (_, got, want) => {
    expect(got).toEqual(want);
  });
});

describe('problem 11: gradient dimension', () => {
  it.each([
    [[3, 4, 2, 1], true, 29],
    [[2, 5, 3, 1], true, 37],
    [[3, 4, 2, 1], false, 22],
    [[2, 1], false, 2],
  ])('%j with biases=%s has %i parameters', (layers, biases, count) => {
    expect(parameterCount(layers, biases)).toBe(count);
  });
});

describe('problems 13-14: gradient descent on H(x) = w0 + w1 x', () => {
  const pts = (pairs: [number, number][]): LinearPoint[] => pairs.map(([x, y]) => ({ x, y }));

  it.each([
    { name: 'GD, all points', data: pts([[1, 3], [2, 3], [3, 6]]), batch: undefined, grad: [-8, -18], step: [4, 9] },
    {
      name: 'SGD, batch of points 1 and 4',
      data: pts([[1, 2], [3, 5], [2, 1], [4, 4], [5, 8]]),
      batch: [1, 4],
      grad: [-6, -18],
      step: [3, 9],
    },
  ])('$name', ({ data, batch, grad, step }) => {
    const g = linearRiskGradient([0, 0], data, batch);
    expect(g).toEqual(grad);
    expect(descentStep([0, 0], g, 0.5)).toEqual(step);
  });
});
