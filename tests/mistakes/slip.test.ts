import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Compute } from '../../src/schema/data.js';
import type { ProblemData } from '../../src/schema/problem.js';
import { computeKey } from '../../src/compute/compute-key.js';
import { backward, derivative, forward, type Network } from '../../src/nn/index.js';
import { MISTAKES, slippedDescent, slippedPass } from '../../src/mistakes/index.js';
import { slippedBackward } from '../../src/mistakes/network-slip.js';
import { networkArb, vectorOf } from '../nn/reference.js';
import { bundled } from './helpers.js';

const netAndInput = networkArb().chain((net) => fc.record({ net: fc.constant(net), x: vectorOf(net.layers[0] ?? 0, 2) }));

/** Every quantity a part can ask of `net`, for the catalogue to try. */
function computesOf(net: Network): Compute[] {
  const L = net.weights.length;
  const out: Compute[] = [{ of: 'H' }];
  for (let l = 1; l <= L; l++)
    for (let j = 1; j <= (net.layers[l] ?? 0); j++) {
      for (const of of ['z', 'a', 'dH/dz', 'dH/da', 'dH/db'] as const) out.push({ of, layer: l, node: j });
      for (let i = 1; i <= (net.layers[l - 1] ?? 0); i++) out.push({ of: 'dH/dW', layer: l, from: i, to: j });
    }
  for (let i = 1; i <= (net.layers[0] ?? 0); i++) out.push({ of: 'dH/dx', node: i });
  out.push({ of: 'parameter-count', biases: true }, { of: 'parameter-count', biases: false });
  return out;
}

const asProblem = (net: Network, x: number[]): ProblemData => ({ id: 'p', tags: [], prompt: 'p', parts: [], network: { ...net, input: x } });

describe('slipped evaluator', () => {
  it('with the true pieces swapped in, is the evaluator', () => {
    fc.assert(
      fc.property(netAndInput, ({ net, x }) => {
        const fwd = forward(net, x);
        expect(slippedBackward(net, fwd, { derivative, derivativeAt: 'z' })).toEqual(backward(net, fwd));
      }),
    );
  });

  it('dropping g everywhere sums W^(1) W^(2) ... W^(L) over all paths, an independent matrix product', () => {
    fc.assert(
      fc.property(netAndInput, ({ net, x }) => {
        const product = net.weights.slice(1).reduce((m, w) => m.map((row) => w[0]!.map((_, j) => row.reduce((s, v, k) => s + v * (w[k]?.[j] ?? 0), 0))), net.weights[0]!);
        const slipped = slippedPass(net, x, { derivative: () => 1 }).bwd.dH_dx;
        slipped.forEach((v, i) => expect(v).toBeCloseTo(product[i]?.[0] ?? Number.NaN, 9));
      }),
    );
  });

  it('the first path only is the product along node 1 of each layer', () => {
    fc.assert(
      fc.property(netAndInput, ({ net, x }) => {
        const { z } = forward(net, x);
        const slipped = slippedPass(net, x, { firstPathOnly: true }).bwd.dH_dx;
        slipped.forEach((v, i) => {
          let path = 1;
          net.weights.forEach((w, k) => {
            path *= (w[k === 0 ? i : 0]?.[0] ?? Number.NaN) * derivative(net.activations[k]!, z[k]?.[0] ?? Number.NaN);
          });
          expect(v).toBeCloseTo(path, 9);
        });
      }),
    );
  });

  it('the right descent pieces give the key', () => {
    const point = fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }));
    const descent = fc.array(point, { minLength: 1, maxLength: 6 }).chain((data) =>
      fc.record({
        data: fc.constant(data),
        weights: fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })),
        rate: fc.constantFrom(0.5, 0.25, 1),
        batch: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: data.length }), { minLength: 1 }), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(descent, ({ batch, ...rest }) => {
        const d = { model: 'linear' as const, ...rest, ...(batch && { batch }) };
        for (const of of ['risk', 'risk-gradient', 'descent-step'] as const) {
          const key = computeKey({ descent: d }, { of });
          const slipped = slippedDescent(d, { of }, { reduce: 'mean', lossFactor: 2, direction: 'down' });
          expect(key.ok).toBe(true);
          [key.ok ? (key.value as number | number[]) : []].flat().forEach((v, j) => expect([slipped].flat()[j]).toBeCloseTo(v, 9));
        }
      }),
    );
  });

  it('a mistake computes an answer exactly where it applies, a finite one', () => {
    fc.assert(
      fc.property(netAndInput, ({ net, x }) => {
        const p = asProblem(net, x);
        for (const c of computesOf(net))
          for (const m of MISTAKES) {
            const v = m.compute(p, c);
            expect(v !== undefined, `${m.id} on ${JSON.stringify(c)}`).toBe(m.applies(p, c));
            if (v !== undefined) expect([v].flat().every(Number.isFinite)).toBe(true);
          }
      }),
      { numRuns: 60 },
    );
  });
});

describe('on the bundled bank', () => {
  it('a mistake computes an answer exactly where it applies', () => {
    for (const p of bundled())
      for (const part of p.parts) {
        if ((part.kind !== 'number' && part.kind !== 'vector') || !part.compute) continue;
        for (const m of MISTAKES) expect(m.compute(p, part.compute) !== undefined, `${m.id} on ${p.id}`).toBe(m.applies(p, part.compute));
      }
  });
});
