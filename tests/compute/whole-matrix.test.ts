/**
 * Whole-matrix computes: dL/dW, dH/dW and updated-W without from/to give
 * W^(layer) whole, in the bank's own layout. Checked against central
 * finite differences of the loss (or of H) taken by nudging the entries of
 * the matrix exactly as the author wrote it, so a layout mix-up (a
 * transposed answer) cannot pass.
 */
import { describe, expect, it } from 'vitest';
import { computeKey } from '../../src/compute/compute-key.js';
import type { Compute, NetworkData } from '../../src/schema/data.js';

const H = 1e-6;

const key = (network: NetworkData, c: Compute) => {
  const r = computeKey({ network }, c);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

/** The scalar `of` (loss or H) with entry (r, c) of the written W^(layer) moved by `by`. */
function nudgedValue(n: NetworkData, of: 'loss' | 'H', layer: number, r: number, c: number, by: number): number {
  const weights = n.weights!.map((m, l) => m.map((row, i) => row.map((w, j) => (l === layer - 1 && i === r && j === c ? w + by : w))));
  return key({ ...n, weights }, { of }) as number;
}

/** Central differences of `of` with respect to every written entry of W^(layer), in the written shape. */
function finiteDifferences(n: NetworkData, of: 'loss' | 'H', layer: number): number[][] {
  return n.weights![layer - 1]!.map((row, r) => row.map((_, c) => (nudgedValue(n, of, layer, r, c, H) - nudgedValue(n, of, layer, r, c, -H)) / (2 * H)));
}

function expectClose(got: number[][], want: number[][], digits = 6): void {
  expect(got.length).toBe(want.length);
  got.forEach((row, i) => {
    expect(row.length).toBe(want[i]!.length);
    row.forEach((v, j) => expect(v, `entry (${i + 1}, ${j + 1})`).toBeCloseTo(want[i]![j]!, digits));
  });
}

/** A 3-4-2 network with biases, several outputs and a loss, written from-to. */
const fromTo: NetworkData = {
  layers: [3, 4, 2],
  activations: ['tanh', 'sigmoid'],
  weights: [
    [[0.5, -0.3, 0.8, 0.1], [-0.7, 0.2, 0.4, -0.6], [0.3, 0.9, -0.2, 0.5]],
    [[0.6, -0.4], [-0.1, 0.7], [0.8, 0.3], [-0.5, -0.9]],
  ],
  biases: [[0.1, -0.2, 0.05, 0.3], [-0.1, 0.2]],
  input: [1, -0.5, 2],
  loss: 'square',
  target: [1, 0],
};

/** The same network written to-from: each matrix transposed, so every value is the same. */
const toFrom: NetworkData = {
  ...fromTo,
  layout: 'to-from',
  weights: fromTo.weights!.map((m) => m[0]!.map((_, j) => m.map((row) => row[j]!))),
};

describe.each([
  ['from-to', fromTo, [[3, 4], [4, 2]]],
  ['to-from', toFrom, [[4, 3], [2, 4]]],
] as const)('the whole dL/dW in the %s layout', (_, net, shapes) => {
  it.each([1, 2])('of layer %i is the finite differences of the loss, entry by entry, in the written shape', (layer) => {
    const got = key(net, { of: 'dL/dW', layer }) as number[][];
    expect([got.length, got[0]!.length]).toEqual(shapes[layer - 1]);
    expectClose(got, finiteDifferences(net, 'loss', layer));
  });

  it('has each entry equal to the one-weight compute of it', () => {
    const got = key(net, { of: 'dL/dW', layer: 1 }) as number[][];
    got.forEach((row, r) =>
      row.forEach((v, c) => {
        // The written (r, c) joins node from -> to: from is the row in from-to, the column in to-from.
        const [from, to] = net.layout === 'to-from' ? [c + 1, r + 1] : [r + 1, c + 1];
        expect(v).toBe(key(net, { of: 'dL/dW', layer: 1, from, to }));
      }),
    );
  });

  it('gives updated-W as W minus rate times that gradient, in the written layout', () => {
    const rate = 0.25;
    const grad = key(net, { of: 'dL/dW', layer: 2 }) as number[][];
    const want = net.weights![1]!.map((row, i) => row.map((w, j) => w - rate * grad[i]![j]!));
    expectClose(key(net, { of: 'updated-W', rate, layer: 2 }) as number[][], want, 10);
  });
});

describe('the whole dL/dW over data', () => {
  const data = [
    { input: [1, -0.5, 2], target: [1, 0] },
    { input: [-1, 0.5, 0.25], target: [0, 1] },
  ];
  it.each(['mean', 'sum'] as const)('is the finite differences of the risk (reduce %s), in both layouts', (reduce) => {
    for (const base of [fromTo, toFrom]) {
      const { input: _input, target: _target, ...rest } = base;
      const net: NetworkData = { ...rest, loss: 'half-square', data, reduce };
      expectClose(key(net, { of: 'dL/dW', layer: 1 }) as number[][], finiteDifferences(net, 'loss', 1));
    }
  });
});

describe('the whole dH/dW of a network without a loss', () => {
  const net: NetworkData = {
    layers: [2, 3, 1],
    activations: ['relu', 'sigmoid'],
    weights: [[[0.4, -0.6, 1.2], [0.9, 0.3, -0.8]], [[1.5], [-2], [0.7]]],
    biases: [[0.1, 0.2, -0.3], [0.05]],
    input: [1.5, -1],
  };
  it.each([1, 2])('of layer %i is the finite differences of H', (layer) => {
    expectClose(key(net, { of: 'dH/dW', layer }) as number[][], finiteDifferences(net, 'H', layer));
  });
  it('keeps its noise per entry, in the shape of the key', () => {
    const r = computeKey({ network: net }, { of: 'dH/dW', layer: 1 });
    if (!r.ok) throw new Error(r.error);
    expect((r.noise as number[][]).map((row) => row.length)).toEqual([3, 3]);
    (r.noise as number[][]).flat().forEach((n) => expect(n).toBeGreaterThan(0));
  });
});
