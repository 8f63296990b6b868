import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKey } from '../../src/compute/compute-key.js';
import { checkSources } from '../../src/check/check-banks.js';
import type { Compute, DescentData } from '../../src/schema/data.js';

/*
 * A descent solved backwards (src/descent/backward.ts): `reach` is where it
 * ends, and the rate or the start is the unknown. Keys against hand
 * computations, and against an independent forward run with the gradient
 * written out by hand.
 */

const key = (descent: DescentData, c: Compute, given?: Record<string, number>) => computeKey({ descent, ...(given && { given }) }, c);
const BOWL = 'x^2 + 3*y^2 - x*y';

// Loading mathjs's derivative from source takes seconds on a loaded machine.
describe('solving for the rate (one step, start and reach given)', { timeout: 120_000 }, () => {
  it.each<{ descent: DescentData; rate: number }>([
    // f = w^2 from 3 to 1.8: f'(3) = 6, so 3 - 6 rate = 1.8, rate = 0.2.
    { descent: { function: 'w^2', start: { w: 3 }, reach: { w: 1.8 } }, rate: 0.2 },
    // grad(1, 2) = (2 - 2, 12 - 1) = (0, 11): (1, 2) - rate (0, 11) = (1, 0.9), rate = 0.1.
    { descent: { function: BOWL, start: { x: 1, y: 2 }, reach: { x: 1, y: 0.9 } }, rate: 0.1 },
    // f = exp(w) from 0: f'(0) = 1, so the step to -0.25 takes rate 0.25.
    { descent: { function: 'exp(w)', start: { w: 0 }, reach: { w: -0.25 } }, rate: 0.25 },
  ])('$descent.function to $descent.reach: rate $rate', ({ descent, rate }) => {
    expect(key(descent, { of: 'rate' })).toMatchObject({ ok: true, value: rate });
  });

  it('asks every other quantity of the solved descent', () => {
    const d = { function: BOWL, start: { x: 1, y: 2 }, reach: { x: 1, y: 0.9 } };
    expect(key(d, { of: 'iterate' })).toMatchObject({ ok: true, value: [1, 0.9] });
    // f(1, 0.9) = 1 + 2.43 - 0.9.
    expect(key(d, { of: 'function-value' })).toMatchObject({ ok: true, value: 2.53 });
  });

  it.each([
    [{ function: BOWL, start: { x: 1, y: 2 }, reach: { x: 0.9, y: 0.9 } }, 'not a multiple of it'],
    [{ function: BOWL, start: { x: 1, y: 2 }, reach: { x: 1, y: 2.5 } }, 'not positive'],
    [{ function: 'w^2', start: { w: 0 }, reach: { w: 1 } }, 'gradient at the start is 0'],
  ])('refuses %j: %s', (descent, why) => {
    const r = key(descent, { of: 'rate' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(why);
  });
});

describe('solving for the start (rate and reach given)', { timeout: 120_000 }, () => {
  it.each<{ descent: DescentData; start: number | number[] }>([
    // f = w^2, rate 0.25: each step halves w, so 0.5 after two steps started at 2.
    { descent: { function: 'w^2', rate: 0.25, steps: 2, reach: { w: 0.5 } }, start: 2 },
    // Forwards from (1, 2) at rate 0.1: (1, 0.9), then (0.89, 0.46) (tests/mistakes/catalogue.test.ts).
    { descent: { function: BOWL, rate: 0.1, steps: 2, reach: { x: 0.89, y: 0.46 } }, start: [1, 2] },
    // f = x^4 / 4, rate 0.1: 1 - 0.1 * 1^3 = 0.9. The cubic has other roots (2.54, -3.54); the one nearest reach is found.
    { descent: { function: 'x^4 / 4', rate: 0.1, reach: { x: 0.9 } }, start: 1 },
  ])('$descent.function back from $descent.reach: start $start', ({ descent, start }) => {
    const r = key(descent, { of: 'iterate', step: 0 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    if (typeof start === 'number') expect(r.value).toBeCloseTo(start, 12);
    else start.forEach((s, j) => expect((r.value as number[])[j]).toBeCloseTo(s, 12));
  });

  it('runs forwards to reach, against a gradient written by hand, on random quadratic bowls', () => {
    // f = a x^2 + b y^2 + c x y, grad = (2a x + c y, 2b y + c x); rate * curvature < 1 so each step runs backwards.
    const bowl = fc.record({
      a: fc.integer({ min: 1, max: 4 }),
      b: fc.integer({ min: 1, max: 4 }),
      c: fc.integer({ min: -1, max: 1 }),
      x: fc.integer({ min: -5, max: 5 }),
      y: fc.integer({ min: -5, max: 5 }),
      steps: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(bowl, ({ a, b, c, x, y, steps }) => {
        const rate = 0.05;
        const r = key({ function: 'a*x^2 + b*y^2 + c*x*y', rate, steps, reach: { x, y } }, { of: 'iterate', step: 0 }, { a, b, c });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        let p = r.value as number[];
        for (let k = 0; k < steps; k++) p = [p[0]! - rate * (2 * a * p[0]! + c * p[1]!), p[1]! - rate * (2 * b * p[1]! + c * p[0]!)];
        expect(p[0]).toBeCloseTo(x, 9);
        expect(p[1]).toBeCloseTo(y, 9);
      }),
      { numRuns: 40 },
    );
  });

  it('says so when a step cannot be run backwards', () => {
    // Rate 1 on w^2 maps w to -w; iterating w = 0.5 + 2w from 0.5 runs away.
    const r = key({ function: 'w^2', rate: 1, reach: { w: 0.5 } }, { of: 'iterate', step: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('does not settle');
  });
});

describe('reach in a bank', { timeout: 120_000 }, () => {
  const bank = (descent: string, compute = '{ of: rate }') => `problems:
  - id: b
    tags: []
    prompt: p
    descent: ${descent}
    parts:
      - { prompt: q, kind: number, compute: ${compute}, explanation: e }
`;
  const errors = (text: string) => checkSources([{ file: 'b.yaml', text }]).diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

  it('checks a rate solved from one step', () => {
    expect(errors(bank('{ function: "w^2", start: { w: 3 }, reach: { w: 1.8 } }'))).toEqual([]);
  });

  it.each<[string, string, string?]>([
    ['{ function: "w^2", start: { w: 3 }, rate: 0.2, reach: { w: 1.8 } }', 'leave out the one that is asked'],
    ['{ function: "w^2", reach: { w: 1.8 } }', "give 'rate' (to solve for the start) or 'start'"],
    ['{ function: "w^2", start: { w: 3 }, reach: { v: 1.8 } }', "'reach' gives the variables of 'start'"],
    ['{ function: "w^2", start: { w: 3 }, reach: { w: 1.8 }, steps: 2 }', 'the rate is solved from one step'],
    ['{ function: "w^2", start: { w: 3 } }', "a function needs 'rate'"],
    ['{ model: linear, data: [[1, 2]], weights: [0, 0], reach: { w: 1 } }', "'reach' is a key of a descent on a function"],
    ['{ function: "w^2", start: { w: 3 }, reach: { w: 1.8 } }', "'rate' is one number for every step", '{ of: rate, step: 1 }'],
  ])('refuses %s', (descent, why, compute) => {
    expect(errors(bank(descent, compute)).join('\n')).toContain(why);
  });
});
