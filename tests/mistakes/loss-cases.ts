/**
 * The loss slips on small problems whose right and slipped answers are
 * worked by hand here (not by the catalogue): [id, network, compute, key, slip].
 */
import type { Compute } from '../../src/schema/data.js';

// ŷ = 2 · 3 = 6 against y = 1, one linear node.
export const one = (loss: string) => ({ layers: [1, 1], activations: ['linear'], weights: [[[2]]], input: [3], loss, target: 1 });
// Three points (x, y) = (1, 1), (3, 4), (0, 1) on ŷ = 2x: ŷ - y = 1, 2, -1.
const three = { layers: [1, 1], activations: ['linear'], weights: [[[2]]], loss: 'half-square', data: [{ input: [1], target: 1 }, { input: [3], target: 4 }, { input: [0], target: 1 }] };
// z = (1, 0) into a softmax, y = (1, 0), half-square loss.
const softmax = { layers: [2, 2], activations: ['softmax'], weights: [[[1, 0], [0, 1]]], input: [1, 0], loss: 'half-square', target: [1, 0] };
// σ(0) = ½ against y = 1.
const bce = { layers: [1, 1], activations: ['sigmoid'], weights: [[[0]]], input: [1], loss: 'binary-cross-entropy', target: 1 };

const a1 = Math.E / (Math.E + 1);
const a2 = 1 - a1;

export const LOSS_CASES: [string, unknown, Compute, number, number][] = [
  // ½ · 5² = 12.5; without the ½, 25. dL/dW = 5 · 3 = 15; without it, 30.
  ['half-dropped', one('half-square'), { of: 'loss' }, 12.5, 25],
  ['half-dropped', one('half-square'), { of: 'dL/dW', layer: 1, from: 1, to: 1 }, 15, 30],
  // dL/dW = 2 · 5 · 3 = 30; without the 2, 15.
  ['square-two-dropped', one('square'), { of: 'dL/dW', layer: 1, from: 1, to: 1 }, 30, 15],
  // Losses ½, 2, ½: mean 1, sum 3. Gradients (ŷ - y)x = 1, 6, 0: mean 7/3, sum 7.
  ['mean-sum-swapped', three, { of: 'loss' }, 1, 3],
  ['mean-sum-swapped', three, { of: 'dL/dW', layer: 1, from: 1, to: 1 }, 7 / 3, 7],
  ['mean-sum-swapped', { ...three, reduce: 'sum' }, { of: 'loss' }, 3, 1],
  // dL/da = a - y = (-a2, a2); coupled dL/dz1 = a1(-a2 - (a1(-a2) + a2 a2)); elementwise -a2 · a1(1 - a1).
  ['softmax-coupling-dropped', softmax, { of: 'dL/dz', layer: 1, node: 1 }, a1 * (-a2 - (-a1 * a2 + a2 * a2)), -a2 * a1 * (1 - a1)],
  // -ln ½ against -log10 ½; dL/dz = ŷ - y = -½, and with log10 it is scaled by 1/ln 10.
  ['log10-for-ln', bce, { of: 'loss' }, Math.log(2), Math.log10(2)],
  ['log10-for-ln', bce, { of: 'dL/dW', layer: 1, from: 1, to: 1 }, -0.5, -0.5 / Math.log(10)],
  // W - 0.1 · 15 = 0.5; stepping up, 3.5.
  ['update-sign', one('half-square'), { of: 'updated-W', rate: 0.1, layer: 1, from: 1, to: 1 }, 0.5, 3.5],
];

