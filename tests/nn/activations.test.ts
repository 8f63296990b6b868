import { describe, expect, it } from 'vitest';
import { activate, derivative } from '../../src/nn/activations.js';
import { ACTIVATIONS } from '../../src/nn/types.js';
import { centralDiff, close } from './reference.js';

describe('activate', () => {
  it.each([
    ['relu', 2, 2],
    ['relu', -2, 0],
    ['relu', 0, 0],
    ['leaky-relu', 2, 2],
    ['leaky-relu', -2, -0.02],
    ['linear', -3.5, -3.5],
    ['sigmoid', 0, 0.5],
    ['sigmoid', Math.log(3), 0.75],
    ['tanh', 0, 0],
  ] as const)('%s(%d) = %d', (g, z, want) => {
    expect(close(activate(g, z), want, 1e-15)).toBe(true);
  });

  it('sigmoid does not overflow far from 0', () => {
    expect(activate('sigmoid', -1000)).toBe(0);
    expect(activate('sigmoid', 1000)).toBe(1);
    expect(derivative('sigmoid', -1000)).toBe(0);
  });
});

describe('derivative at the kink', () => {
  it("takes ReLU'(0) = 0 (seed convention) and leaky ReLU'(0) = its negative side's slope, 0.01 as documented", () => {
    expect(derivative('relu', 0)).toBe(0);
    expect(derivative('leaky-relu', 0)).toBe(0.01);
    expect(derivative('leaky-relu', -5)).toBe(derivative('leaky-relu', 0));
    expect(activate('leaky-relu', -5)).toBeCloseTo(-5 * derivative('leaky-relu', 0), 15);
  });
});

describe('derivative agrees with finite differences away from the kink', () => {
  const points = [-3, -1.2, -0.4, 0.3, 0.9, 2.5];
  // Softmax is a function of the whole layer: tests/nn/loss-gradients.test.ts checks its Jacobian.
  const elementwise = ACTIVATIONS.filter((g) => g !== 'softmax');
  it.each(elementwise.flatMap((g) => points.map((z) => [g, z] as const)))('%s at %d', (g, z) => {
    const [numeric = Number.NaN] = centralDiff(([t = 0]) => activate(g, t), [z]);
    expect(close(derivative(g, z), numeric)).toBe(true);
  });
});
