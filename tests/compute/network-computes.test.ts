/**
 * The network computes a course needs: a loss after softmax, a to-from
 * layout, whole layers, a step, and a risk over data; each key checked
 * against a hand computation, and the bank fixture against `check`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import { computeKey } from '../../src/compute/compute-key.js';
import type { Compute, NetworkData } from '../../src/schema/data.js';

const FILE = join(__dirname, '..', 'fixtures', 'networks', 'losses.yaml');

/** As an author writes it: to-from, so z_1 = x_1 and z_2 = -x_2 + 0.5. */
const softmax: NetworkData = {
  layers: [2, 2],
  activations: ['softmax'],
  layout: 'to-from',
  weights: [[[1, 0], [0, -1]]],
  biases: [[0, 0.5]],
  input: [1, 2],
  loss: 'cross-entropy',
  target: [0, 1],
};
// By hand: z = (1, -1.5), ŷ = softmax(z).
const p1 = Math.exp(1) / (Math.exp(1) + Math.exp(-1.5));
const yhat = [p1, 1 - p1];

const key = (network: NetworkData, c: Compute) => {
  const r = computeKey({ network }, c);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('computed keys of a softmax network with cross-entropy, written to-from', () => {
  it.each<[string, Compute, number | number[]]>([
    ['the output, a vector for two output nodes', { of: 'output' }, yhat],
    ['the loss, -ln ŷ_2', { of: 'loss' }, -Math.log(yhat[1]!)],
    ['dL/dz of the layer, ŷ - y', { of: 'dL/dz', layer: 1 }, [yhat[0]!, yhat[1]! - 1]],
    ['dL/dW from input 2 to output 1, x_2 (ŷ_1 - y_1)', { of: 'dL/dW', layer: 1, from: 2, to: 1 }, 2 * yhat[0]!],
    ['dL/db of the layer', { of: 'dL/db', layer: 1 }, [yhat[0]!, yhat[1]! - 1]],
    ['dL/dx, W^T (ŷ - y) in to-from terms', { of: 'dL/dx' }, [yhat[0]!, -(yhat[1]! - 1)]],
    ['W from input 2 to output 1 after a step of 0.5', { of: 'updated-W', rate: 0.5, layer: 1, from: 2, to: 1 }, 0 - 0.5 * 2 * yhat[0]!],
  ])('%s', (_, c, want) => {
    const got = key(softmax, c);
    if (typeof want === 'number') expect(got as number).toBeCloseTo(want, 5);
    else (got as number[]).forEach((v, k) => expect(v).toBeCloseTo(want[k]!, 5));
  });
});

describe('a risk over data', () => {
  const net: NetworkData = {
    layers: [1, 1],
    activations: ['linear'],
    weights: [[[2]]],
    loss: 'square',
    data: [{ input: [1], target: 1 }, { input: [2], target: 5 }],
  };
  it('is the mean of the losses by default, and its gradient the mean of theirs', () => {
    expect(key(net, { of: 'loss' })).toBeCloseTo((1 + 1) / 2, 12);
    expect(key(net, { of: 'dL/dW', layer: 1, from: 1, to: 1 })).toBeCloseTo((2 * 1 * 1 + 2 * -1 * 2) / 2, 12);
  });
  it('is the sum with reduce: sum; a point value names its point', () => {
    expect(key({ ...net, reduce: 'sum' }, { of: 'loss' })).toBeCloseTo(2, 12);
    expect(key(net, { of: 'z', layer: 1, node: 1, point: 2 })).toBe(4);
  });
});

describe('the fixture bank', () => {
  it('loads, and its literal keys are the computed ones', () => {
    const r = loadBank(FILE, readFileSync(FILE, 'utf8'));
    if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
    const risk = r.bank.problems.find((p) => p.first.data.id === 'square-risk-two-points')!.first.data;
    for (const part of risk.parts) {
      if (part.kind !== 'number' || !part.compute) continue;
      expect(key(risk.network!, part.compute)).toBeCloseTo(part.answer!, 12);
    }
  });

  it.each<[string, Partial<NetworkData>, RegExp]>([
    ['softmax on a hidden layer', { layers: [2, 2, 2], activations: ['softmax', 'softmax'], weights: [[[1, 0], [0, 1]], [[1, 0], [0, 1]]] }, /only the output layer/],
    ['cross-entropy without softmax', { activations: ['sigmoid'] }, /after a softmax/],
    ['a target of the wrong length', { target: [1] }, /expected 2 target values/],
    ['a to-from matrix of the wrong shape', { weights: [[[1, 0, 0], [0, -1, 0]]] }, /to-from layout/],
  ])('refuses %s at its line', (_, change, message) => {
    const problem = { id: 'x', tags: [], prompt: 'p', network: { ...softmax, ...change }, parts: [{ kind: 'number', prompt: 'p', explanation: 'e', compute: { of: 'loss' } }] };
    const r = loadBank('x.yaml', JSON.stringify({ problems: [problem] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => d.message).join('\n')).toMatch(message);
  });
});
