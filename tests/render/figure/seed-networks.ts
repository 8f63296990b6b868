import { forward, type Network } from '../../../src/nn/index.js';
import type { FigureInput, Reveal } from '../../../src/render/figure/index.js';

/** Networks from the seed, as RECONSTRUCTION.md gives them. */
export const HIDE_ALL: Reveal = { weights: [], values: false, input: false, biases: false };
export const SHOW_ALL: Reveal = { weights: [1, 2, 3], values: true, input: true, biases: true };

const RELU_RELU_LINEAR: Network['activations'] = ['relu', 'relu', 'linear'];

/** The network and its forward pass, with z and a from the project's evaluator. */
export function withValues(net: Network, x: number[], reveal: Reveal): FigureInput {
  const f = forward(net, x);
  return { ...net, x, z: f.z, a: f.a, reveal };
}

export const problem9: Network = {
  layers: [2, 2, 2, 1],
  activations: RELU_RELU_LINEAR,
  weights: [
    [[2, 1], [3, 1]],
    [[2, 1], [0, 1]],
    [[3], [-2]],
  ],
};
export const problem9x = [1, 3];

export const problem8: Network = {
  layers: [2, 2, 2, 1],
  activations: RELU_RELU_LINEAR,
  weights: [
    [[5, 0], [-1, 3]],
    [[1, -1], [0, 1]],
    [[4], [-2]],
  ],
};
export const problem8x = [-2, 3];

/** Problem 1, variant A: the prompt gives W^(2) only. */
export const problem1: FigureInput = {
  layers: [2, 2, 2, 1],
  activations: RELU_RELU_LINEAR,
  weights: [
    [[1, 0], [0, 1]],
    [[5, 1], [1, 2]],
    [[-3], [1]],
  ],
  x: [3, -2],
  reveal: { ...HIDE_ALL, weights: [2] },
};

/** Problem 11: architecture only. */
export const problem11: FigureInput = { layers: [3, 4, 2, 1], reveal: HIDE_ALL };
export const problem11b: FigureInput = { layers: [2, 5, 3, 1], reveal: HIDE_ALL };

/** Problem 3's 2-2-1 network, architecture only. */
export const problem3: FigureInput = { layers: [2, 2, 1], activations: ['relu', 'linear'], reveal: HIDE_ALL };

/** 2-5-3-1 with weights, biases and values, to check the widest seed shape fits. */
export const wide2531: Network = {
  layers: [2, 5, 3, 1],
  activations: RELU_RELU_LINEAR,
  weights: [
    [[-4, -4, -3, -1, 4], [1, -2, 4, 2, 1]],
    [[1, -1, -4], [-3, -3, -1], [-1, 0, -4], [0, -2, -3], [0, 1, -1]],
    [[-1], [2], [-3]],
  ],
  biases: [[2, 0, -3, 4, 2], [-2, 3, 1], [1]],
};

/** 8-8-8-8-1: too wide to draw with its values. */
export function deep8(): Network {
  const cell = (l: number, i: number, j: number): number => ((l * 7 + i * 3 + j * 5) % 9) - 4;
  const layers = [8, 8, 8, 8, 1];
  return {
    layers,
    activations: ['relu', 'relu', 'relu', 'linear'],
    weights: layers.slice(1).map((n, k) =>
      Array.from({ length: layers[k] ?? 0 }, (_, i) => Array.from({ length: n }, (_, j) => cell(k, i, j))),
    ),
  };
}
