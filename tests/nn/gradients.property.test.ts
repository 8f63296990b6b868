import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backward } from '../../src/nn/backward.js';
import { forward } from '../../src/nn/forward.js';
import { linearRisk, linearRiskGradient } from '../../src/nn/linear-model.js';
import { ACTIVATIONS, type Activation, type Network } from '../../src/nn/types.js';
import {
  centralDiff,
  FD_STEP,
  firstMismatch,
  flatten,
  kinkMargin,
  networkArb,
  sameKinkSides,
  value,
  vectorOf,
  withBiases,
  withParams,
} from './reference.js';

/** FD is only valid away from the ReLU kink; closer samples are redrawn. */
const KINK_MARGIN = 1e-3;

const netAndInput = (activation?: fc.Arbitrary<Activation>) =>
  networkArb(activation).chain((net) => fc.record({ net: fc.constant(net), x: vectorOf(net.layers[0] ?? 0, 2) }));

/** Redraw when a finite-difference probe of `theta` would cross a kink. */
function requireSmooth(net: Network, x: number[], theta: number[], rebuild: (t: number[]) => [Network, number[]]): void {
  fc.pre(kinkMargin(net, x) > KINK_MARGIN);
  const base = forward(net, x).z;
  const crosses = theta.some((_, i) =>
    [FD_STEP, -FD_STEP].some((h) => {
      const [n, xi] = rebuild(theta.map((t, k) => (k === i ? t + h : t)));
      return !sameKinkSides(net, base, forward(n, xi).z);
    }),
  );
  fc.pre(!crosses);
}

function checkBackward(net: Network, x: number[]): void {
  const full = withBiases(net); // zero biases change nothing, and let FD probe dH/db
  const bwd = backward(net, forward(net, x));
  const theta = flatten(full.weights, full.biases);
  requireSmooth(full, x, theta, (t) => [withParams(full, t), x]);
  requireSmooth(full, x, x, (t) => [full, t]);
  const byParams = centralDiff((t) => forward(withParams(full, t), x).output, theta);
  expect(firstMismatch(flatten(bwd.dH_dW, bwd.dH_db), byParams)).toBeUndefined();
  const byInput = centralDiff((t) => forward(full, t).output, x);
  expect(firstMismatch(bwd.dH_dx, byInput)).toBeUndefined();
}

describe('backward agrees with central finite differences', () => {
  it('on random networks mixing every activation, with and without biases', () => {
    fc.assert(
      fc.property(netAndInput(), ({ net, x }) => checkBackward(net, x)),
      { numRuns: 150 },
    );
  });

  it.each(ACTIVATIONS)('on random networks using only %s', (g) => {
    fc.assert(
      fc.property(netAndInput(fc.constant(g)), ({ net, x }) => checkBackward(net, x)),
      { numRuns: 40 },
    );
  });
});

describe('linear-model risk gradients agree with central finite differences', () => {
  it('linear-model risk, scalar and vector inputs, over all points and a mini-batch', () => {
    const arb = fc.integer({ min: 1, max: 3 }).chain((d) =>
      fc.record({
        w: vectorOf(d + 1, 5),
        data: fc.array(fc.record({ x: d === 1 ? value(5) : vectorOf(d, 5), y: value(10) }), { minLength: 1, maxLength: 6 }),
        first: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(arb, ({ w, data, first }) => {
        const batch = first ? [1] : undefined;
        const numeric = centralDiff((t) => linearRisk(t, data, batch), w);
        expect(firstMismatch(linearRiskGradient(w, data, batch), numeric)).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});
