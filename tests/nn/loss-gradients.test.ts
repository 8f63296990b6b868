import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluationValue, type DataPoint, type Reduce } from '../../src/nn/evaluation.js';
import { convert } from '../../src/nn/layout.js';
import { lossValue } from '../../src/nn/loss.js';
import { forward } from '../../src/nn/forward.js';
import type { Quantity } from '../../src/nn/quantity.js';
import type { Activation, Loss, Network } from '../../src/nn/types.js';
import { centralDiff, firstMismatch, flatten, kinkMargin, value, vectorOf, withParams } from './reference.js';

/*
 * Every loss, output activation, reduction and layout against an
 * independent reference: central finite differences of the loss (or risk)
 * computed by the forward pass alone. The analytic side is read as the
 * bank reads it, one Quantity at a time.
 */

/** The loss of `net` over `data` by the forward pass only: the reference. */
function riskByForward(net: Network, loss: Loss, data: readonly DataPoint[], reduce: Reduce): number {
  const losses = data.map((p) => {
    const a = forward(net, p.x).a;
    return lossValue(loss, a[a.length - 1] ?? [], p.y);
  });
  const sum = losses.reduce((s, v) => s + v, 0);
  return reduce === 'sum' ? sum : sum / losses.length;
}

/** dL/dW and dL/db over the data, in flatten's order, read through evaluationValue. */
function analyticParams(net: Network, data: readonly DataPoint[], reduce: Reduce): number[] {
  const e = evaluate(net, data, reduce);
  const d = (by: Extract<Quantity, { kind: 'd' }>['by']): number => evaluationValue(e, { kind: 'd', of: 'L', by }) ?? Number.NaN;
  const weights = net.weights.map((w, k) => w.map((row, i) => row.map((_, j) => d({ kind: 'W', layer: k + 1, from: i + 1, to: j + 1 }))));
  const biases = net.biases?.map((b, k) => b.map((_, j) => d({ kind: 'b', layer: k + 1, node: j + 1 })));
  return flatten(weights, biases);
}

/** Output activation and targets that fit each loss: softmax with a distribution, one sigmoid with y in [0, 1]. */
const SETUPS: { loss: Loss; output: Activation; outputs: fc.Arbitrary<number>; target: (k: number) => fc.Arbitrary<number[]> }[] = [
  { loss: 'square', output: 'linear', outputs: fc.integer({ min: 1, max: 3 }), target: (k) => vectorOf(k, 2) },
  { loss: 'half-square', output: 'tanh', outputs: fc.integer({ min: 1, max: 3 }), target: (k) => vectorOf(k, 2) },
  {
    loss: 'cross-entropy',
    output: 'softmax',
    outputs: fc.integer({ min: 2, max: 4 }),
    target: (k) => vectorOf(k, 1).map((v) => v.map(Math.abs)).map((v) => v.map((x) => x / v.reduce((s, y) => s + y, 0))),
  },
  { loss: 'binary-cross-entropy', output: 'sigmoid', outputs: fc.constant(1), target: () => fc.double({ min: 0, max: 1, noNaN: true }).map((y) => [y]) },
];

const HIDDEN: Activation[] = ['relu', 'sigmoid', 'tanh', 'linear', 'leaky-relu'];

function setupArb(setup: (typeof SETUPS)[number]) {
  return fc
    .record({
      inputs: fc.integer({ min: 1, max: 3 }),
      hidden: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 2 }),
      outputs: setup.outputs,
      biased: fc.boolean(),
      reduce: fc.constantFrom<Reduce>('mean', 'sum'),
      points: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ inputs, hidden, outputs, biased, reduce, points }) => {
      const layers = [inputs, ...hidden, outputs];
      const count = layers.slice(1).reduce((s, n, k) => s + n * (layers[k] ?? 0) + (biased ? n : 0), 0);
      return fc.record({
        theta: vectorOf(count),
        activations: fc.tuple(...hidden.map(() => fc.constantFrom(...HIDDEN))),
        data: fc.array(fc.record({ x: vectorOf(inputs, 2), y: setup.target(outputs) }), { minLength: points, maxLength: points }),
        reduce: fc.constant(reduce),
      }).map(({ theta, activations, data, reduce: r }) => {
        const shape: Network = { layers, activations: [...activations, setup.output], weights: [], ...(biased && { biases: [] }), loss: setup.loss };
        return { net: withParams(shape, theta), data, reduce: r };
      });
    });
}

describe('loss gradients agree with central finite differences of the loss', () => {
  it.each(SETUPS.map((s) => [s.loss, s]))('%s, over one point or several, mean or sum', (_, setup) => {
    fc.assert(
      fc.property(setupArb(setup), ({ net, data, reduce }) => {
        for (const p of data) fc.pre(kinkMargin(net, p.x) > 1e-3);
        const theta = flatten(net.weights, net.biases);
        const numeric = centralDiff((t) => riskByForward(withParams(net, t), setup.loss, data, reduce), theta);
        expect(firstMismatch(analyticParams(net, data, reduce), numeric, 1e-5)).toBeUndefined();
        const risk = evaluationValue(evaluate(net, data, reduce), { kind: 'L' }) ?? Number.NaN;
        expect(risk).toBeCloseTo(riskByForward(net, setup.loss, data, reduce), 10);
      }),
      { numRuns: 60 },
    );
  });

  it('dL/dx, dL/dz and dL/da of softmax with cross-entropy: dL/dz is ŷ - y for a distribution y', () => {
    const net: Network = { layers: [2, 3], activations: ['softmax'], weights: [[[0.5, -1, 2], [1.5, 0.25, -0.75]]], biases: [[0.1, 0, -0.2]], loss: 'cross-entropy' };
    const x = [0.3, -1.2];
    const y = [0.2, 0.7, 0.1];
    const e = evaluate(net, [{ x, y }]);
    const yhat = [1, 2, 3].map((node) => evaluationValue(e, { kind: 'a', layer: 1, node }) ?? Number.NaN);
    const dz = [1, 2, 3].map((node) => evaluationValue(e, { kind: 'd', of: 'L', by: { kind: 'z', layer: 1, node } }) ?? Number.NaN);
    expect(firstMismatch(dz, yhat.map((v, k) => v - (y[k] ?? 0)), 1e-12)).toBeUndefined();
    const dx = [1, 2].map((node) => evaluationValue(e, { kind: 'd', of: 'L', by: { kind: 'x', node } }) ?? Number.NaN);
    expect(firstMismatch(dx, centralDiff((t) => riskByForward(net, 'cross-entropy', [{ x: t, y }], 'mean'), x))).toBeUndefined();
  });

  it('a to-from network with several outputs and biases: the gradient in the bank\'s own layout', () => {
    // As an author writes it: a row per destination node, z = W a + b.
    const toFrom = [
      [[0.4, -0.6], [1.1, 0.2], [-0.3, 0.9]],
      [[0.7, -0.2, 0.5], [-1.3, 0.6, 0.25]],
    ];
    const biases = [[0.1, -0.2, 0.05], [0.3, -0.1]];
    const data: DataPoint[] = [{ x: [1, -2], y: [0.5, -1] }, { x: [0.5, 0.25], y: [1, 0] }];
    const asNetwork = (w: number[][][]): Network => ({ layers: [2, 3, 2], activations: ['tanh', 'linear'], weights: w.map((m) => convert(m, 'to-from')), biases, loss: 'half-square' });
    const e = evaluate(asNetwork(toFrom), data, 'sum');
    for (const [k, m] of toFrom.entries()) {
      // Entry [j][i] of a to-from matrix is the weight from node i to node j.
      const analytic = m.flatMap((row, j) => row.map((_, i) => evaluationValue(e, { kind: 'd', of: 'L', by: { kind: 'W', layer: k + 1, from: i + 1, to: j + 1 } }) ?? Number.NaN));
      const numeric = centralDiff((t) => {
        const w = toFrom.map((mm, kk) => (kk === k ? mm.map((row, j) => row.map((_, i) => t[j * row.length + i] ?? Number.NaN)) : mm));
        return riskByForward(asNetwork(w), 'half-square', data, 'sum');
      }, m.flat());
      expect(firstMismatch(analytic, numeric)).toBeUndefined();
    }
    const db = [1, 2].map((node) => evaluationValue(e, { kind: 'd', of: 'L', by: { kind: 'b', layer: 2, node } }) ?? Number.NaN);
    const numericB = centralDiff((t) => riskByForward({ ...asNetwork(toFrom), biases: [biases[0]!, t] }, 'half-square', data, 'sum'), biases[1]!);
    expect(firstMismatch(db, numericB)).toBeUndefined();
  });

  it('one gradient step lowers the risk by about rate times the squared gradient', () => {
    const net: Network = { layers: [1, 2, 1], activations: ['sigmoid', 'sigmoid'], weights: [[[0.5, -0.4]], [[1.2], [-0.7]]], biases: [[0, 0.1], [-0.2]], loss: 'binary-cross-entropy' };
    const data: DataPoint[] = [{ x: [1], y: [1] }, { x: [-1], y: [0] }];
    const e = evaluate(net, data);
    const rate = 1e-3;
    const stepped: Network = {
      ...net,
      weights: net.weights.map((w, k) => w.map((row, i) => row.map((_, j) => evaluationValue(e, { kind: 'updated', rate, by: { kind: 'W', layer: k + 1, from: i + 1, to: j + 1 } }) ?? Number.NaN))),
      biases: net.biases!.map((b, k) => b.map((_, j) => evaluationValue(e, { kind: 'updated', rate, by: { kind: 'b', layer: k + 1, node: j + 1 } }) ?? Number.NaN)),
    };
    const grad = analyticParams(net, data, 'mean');
    const drop = riskByForward(net, 'binary-cross-entropy', data, 'mean') - riskByForward(stepped, 'binary-cross-entropy', data, 'mean');
    expect(drop).toBeCloseTo(rate * grad.reduce((s, g) => s + g * g, 0), 7);
  });
});

describe('step and softmax in the forward pass', () => {
  it('step is 1 above 0 and 0 at and below it; softmax sums to 1 even for huge z', () => {
    const net: Network = { layers: [1, 3, 2], activations: ['step', 'softmax'], weights: [[[1, -1, 0]], [[1000, 0], [0, 0], [5, 5]]] };
    const { a } = forward(net, [2]);
    expect(a[0]).toEqual([1, 0, 0]);
    expect(a[1]![0]).toBeCloseTo(1, 12);
    expect((a[1]![0] ?? 0) + (a[1]![1] ?? 0)).toBeCloseTo(1, 12);
  });

  it('value() of the reference is never 0, so step and ReLU kinks stay rare', () => {
    fc.assert(fc.property(value(), (v) => v !== 0));
  });
});
