import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Compute, DescentData } from '../../src/schema/data.js';
import { computeKey } from '../../src/compute/compute-key.js';

const key = (d: DescentData, c: Compute): number | number[] => {
  const r = computeKey({ descent: d }, c);
  if (!r.ok) throw new Error(r.error);
  // A descent gives a number or a vector, never a matrix.
  return r.value as number | number[];
};

/** The risk written out independently: one loop, no shared code with src/descent. */
function riskOf(d: DescentData, w: number[], points: number[]): number {
  let total = 0;
  for (const i of points) {
    const row = d.data![i - 1]!;
    const x = row.slice(0, -1);
    const h = (d.intercept === false ? 0 : w[0]!) + x.reduce((s, xj, j) => s + xj * w[j + (d.intercept === false ? 0 : 1)]!, 0);
    const r = h - row[row.length - 1]!;
    total += d.loss === 'absolute' ? Math.abs(r) : d.loss === 'half-square' ? (r * r) / 2 : r * r;
  }
  return d.reduce === 'sum' ? total : total / points.length;
}

function numericGradient(f: (w: number[]) => number, w: number[], h = 1e-6): number[] {
  return w.map((_, j) => {
    const up = [...w];
    const down = [...w];
    up[j]! += h;
    down[j]! -= h;
    return (f(up) - f(down)) / (2 * h);
  });
}

/** Finite differences lose digits on big values (a large rate diverges): compare relatively. */
const near = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThan(1e-5 * (1 + Math.abs(want)));
/** The gradient of the smooth losses, written out: sum or mean of slope(r) * features. */
function gradientOf(d: DescentData, w: number[]): number[] {
  const rows = d.data!;
  const g = w.map(() => 0);
  for (const row of rows) {
    const f = [...(d.intercept === false ? [] : [1]), ...row.slice(0, -1)];
    const r = f.reduce((s, fj, j) => s + fj * w[j]!, 0) - row[row.length - 1]!;
    const slope = d.loss === 'half-square' ? r : 2 * r;
    f.forEach((fj, j) => (g[j]! += slope * fj));
  }
  return d.reduce === 'sum' ? g : g.map((v) => v / rows.length);
}

const all = (d: DescentData) => d.data!.map((_, i) => i + 1);

describe('the linear model, beyond the seed', () => {
  const setting = fc.record({
    features: fc.integer({ min: 1, max: 3 }),
    n: fc.integer({ min: 1, max: 5 }),
    intercept: fc.boolean(),
    loss: fc.constantFrom('square' as const, 'half-square' as const),
    reduce: fc.constantFrom('mean' as const, 'sum' as const),
  }).chain(({ features, n, intercept, loss, reduce }) =>
    fc.record({
      data: fc.array(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: features + 1, maxLength: features + 1 }), { minLength: n, maxLength: n }),
      weights: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: features + (intercept ? 1 : 0), maxLength: features + (intercept ? 1 : 0) }),
      intercept: fc.constant(intercept),
      loss: fc.constant(loss),
      reduce: fc.constant(reduce),
      rate: fc.constantFrom(0.5, 0.1, 0.05),
    }),
  );

  it('has the gradient of the risk that finite differences give (smooth losses)', () => {
    fc.assert(
      fc.property(setting, (d) => {
        const grad = key(d, { of: 'risk-gradient' }) as number[];
        const numeric = numericGradient((w) => riskOf(d, w, all(d)), d.weights!);
        grad.forEach((g, j) => expect(g).toBeCloseTo(numeric[j]!, 4));
        expect(key(d, { of: 'risk' })).toBeCloseTo(riskOf(d, d.weights!, all(d)), 10);
      }),
      { numRuns: 100 },
    );
  });

  it('steps k times, each against the gradient at the step before', () => {
    fc.assert(
      fc.property(setting, (d0) => {
        const d = { ...d0, steps: 3 };
        let w = d.weights!;
        for (let k = 1; k <= 3; k++) {
          // Written out, not by finite differences: a diverging descent makes them lose every digit.
          const g = gradientOf(d, w);
          w = w.map((wj, j) => wj - d.rate * g[j]!);
          (key(d, { of: 'weights', step: k }) as number[]).forEach((v, j) => near(v, w[j]!));
        }
        near(key(d, { of: 'risk', step: 3 }) as number, riskOf(d, w, all(d)));
      }),
      { numRuns: 60 },
    );
  });

  it('takes the absolute loss with subgradient 0 where a point lies on the line', () => {
    // H = w0 + w1 x at w = (1, 1): residuals 2 - 3 = -1 (point 1), 3 - 3 = 0 (point 2), 4 - 1 = 3 (point 3).
    const d: DescentData = { model: 'linear', data: [[1, 3], [2, 3], [3, 1]], weights: [1, 1], rate: 0.5, loss: 'absolute' };
    // Subgradients sign(r) Aug(x): (-1, -1), (0, 0), (1, 3); mean (0, 2/3).
    const g = key(d, { of: 'risk-gradient' }) as number[];
    expect(g[0]).toBeCloseTo(0, 12);
    expect(g[1]).toBeCloseTo(2 / 3, 12);
    expect(key(d, { of: 'risk' })).toBeCloseTo((1 + 0 + 3) / 3, 12);
    expect(key(d, { of: 'risk-gradient', component: 2 })).toBeCloseTo(2 / 3, 12);
  });

  it('cycles a batch schedule, one batch per step (SGD as courses teach it)', () => {
    // No intercept, H = w x, half-square loss summed: gradient over a batch = sum (w x - y) x.
    const d: DescentData = { model: 'linear', data: [[1, 2], [2, 2], [-1, 1]], weights: [0], intercept: false, loss: 'half-square', reduce: 'sum', rate: 0.5, steps: 3, batches: [[1, 2], [3]] };
    // Step 1 on points 1, 2 from 0: grad = (0 - 2)1 + (0 - 2)2 = -6, w1 = 3.
    // Step 2 on point 3: grad = (3(-1) - 1)(-1) = 4, w2 = 1.
    // Step 3 on points 1, 2 again: grad = (1 - 2)1 + (2 - 2)2 = -1, w3 = 1.5.
    expect(key(d, { of: 'weights', step: 1 })).toEqual([3]);
    expect(key(d, { of: 'weights', step: 2 })).toEqual([1]);
    expect(key(d, { of: 'weights' })).toEqual([1.5]);
    expect(key(d, { of: 'risk-gradient', step: 2 })).toEqual([-1]);
    // The risk after step 3, over all the data: ((1.5 - 2)^2 + (3 - 2)^2 + (-1.5 - 1)^2) / 2.
    expect(key(d, { of: 'risk', step: 3 })).toBeCloseTo((0.25 + 1 + 6.25) / 2, 12);
    expect(key(d, { of: 'descent-step', component: 1 })).toBe(1.5);
  });

  it('keeps the seed: one step of H = w0 + w1 x', () => {
    const d: DescentData = { model: 'linear', data: [[1, 3], [2, 3], [3, 6]], weights: [0, 0], rate: 0.5 };
    expect(key(d, { of: 'risk-gradient' })).toEqual([-8, -18]);
    expect(key(d, { of: 'descent-step' })).toEqual([4, 9]);
    expect(key({ ...d, data: [[1, 2], [3, 5], [2, 1], [4, 4], [5, 8]], batch: [1, 4] }, { of: 'descent-step' })).toEqual([3, 9]);
  });
});
