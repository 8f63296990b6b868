import { describe, expect, it } from 'vitest';
import { linearRisk } from '../../src/nn/linear-model.js';
import {
  networkDescentStep,
  networkRisk,
  networkRiskGradient,
  networkSgdStep,
} from '../../src/nn/network-risk.js';
import type { DataPoint, Network } from '../../src/nn/types.js';

/* A 1-1 linear network is exactly the linear model H(x) = b + w x, so the seed's GD/SGD numbers carry over. */
const line = (w: number, b: number): Network => ({ layers: [1, 1], activations: ['linear'], weights: [[[w]]], biases: [[b]] });
const gdData: DataPoint[] = [
  { x: [1], y: 3 },
  { x: [2], y: 3 },
  { x: [3], y: 6 },
];
const sgdData: DataPoint[] = [
  { x: [1], y: 2 },
  { x: [3], y: 5 },
  { x: [2], y: 1 },
  { x: [4], y: 4 },
  { x: [5], y: 8 },
];

describe('network risk on a linear 1-1 network (seed problems 13-14)', () => {
  it('matches the linear model risk', () => {
    const linear = gdData.map((p) => ({ x: p.x[0] ?? 0, y: p.y }));
    expect(networkRisk(line(2, 1), gdData)).toBeCloseTo(linearRisk([1, 2], linear), 12);
    expect(networkRisk(line(0, 0), gdData)).toBe((9 + 9 + 36) / 3);
  });

  it('gives the GD gradient (-8, -18) and step (4, 9)', () => {
    expect(networkRiskGradient(line(0, 0), gdData)).toEqual({ weights: [[[-18]]], biases: [[-8]] });
    const next = networkDescentStep(line(0, 0), gdData, 0.5);
    expect(next.weights).toEqual([[[9]]]);
    expect(next.biases).toEqual([[4]]);
  });

  it('gives the SGD step (3, 9) on points 1 and 4 only', () => {
    const next = networkSgdStep(line(0, 0), sgdData, [1, 4], 0.5);
    expect(next.weights).toEqual([[[9]]]);
    expect(next.biases).toEqual([[3]]);
  });

  it('does not invent biases, and leaves the input network untouched', () => {
    const net: Network = { layers: [1, 1], activations: ['linear'], weights: [[[0]]] };
    const grad = networkRiskGradient(net, gdData);
    expect(grad).toEqual({ weights: [[[-18]]] });
    const next = networkDescentStep(net, gdData, 0.5);
    expect(next).toEqual({ layers: [1, 1], activations: ['linear'], weights: [[[9]]] });
    expect(net.weights).toEqual([[[0]]]);
  });

  it('returns NaN, not a silent zero, for an empty batch', () => {
    expect(networkRisk(line(0, 0), gdData, [])).toBeNaN();
    expect(networkRiskGradient(line(0, 0), gdData, []).weights[0]?.[0]?.[0]).toBeNaN();
  });
});
