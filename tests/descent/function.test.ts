import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKey } from '../../src/compute/compute-key.js';
import { evaluateAt, functionTrees } from '../../src/descent/function-trees.js';
import type { DescentData } from '../../src/schema/data.js';

/** Central differences: an independent check of mathjs's symbolic derivative. */
function numericPartial(f: (x: number[]) => number, x: number[], j: number, h = 1e-5): number {
  const up = [...x];
  const down = [...x];
  up[j]! += h;
  down[j]! -= h;
  return (f(up) - f(down)) / (2 * h);
}

const FUNCTIONS: { text: string; vars: string[]; domain: [number, number] }[] = [
  { text: 'x^2 + 3*y^2 - x*y', vars: ['x', 'y'], domain: [-5, 5] },
  { text: 'exp(x/2) + ln(y) * x - sqrt(y)', vars: ['x', 'y'], domain: [0.5, 4] },
  { text: '(x - 1)^4 + sin(x*y) - cos(z)/(1 + y^2)', vars: ['x', 'y', 'z'], domain: [-2, 2] },
  { text: 'log10(x) + x^3 / 3 - tan(x / 4)', vars: ['x'], domain: [0.5, 3] },
  { text: 'a*x^2 + b*x*y - e^x + pi*y', vars: ['x', 'y'], domain: [-2, 2] },
];
const CONSTANTS = { a: 1.5, b: -2 };

// Loading mathjs's derivative from source takes seconds on a loaded machine.
describe('the gradient of a descent function', { timeout: 120_000 }, () => {
  it.each(FUNCTIONS)('of $text agrees with finite differences', ({ text, vars, domain }) => {
    const r = functionTrees(text, vars, Object.keys(CONSTANTS));
    if (!r.ok) throw new Error(r.error);
    const at = (x: number[]) => ({ ...CONSTANTS, ...Object.fromEntries(vars.map((v, j) => [v, x[j]!])) });
    const f = (x: number[]) => evaluateAt(r.trees.f, at(x));
    const point = fc.array(fc.double({ min: domain[0], max: domain[1], noNaN: true }), { minLength: vars.length, maxLength: vars.length });
    fc.assert(
      fc.property(point, (x) => {
        vars.forEach((_, j) => {
          const symbolic = evaluateAt(r.trees.partials[j]!, at(x));
          expect(symbolic).toBeCloseTo(numericPartial(f, x, j), 4);
        });
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    ['x = 3', "character '='"],
    ['cos.constructor(1)', "unknown name 'constructor'"],
    ['import(x)', "unknown name 'import'"],
    ['x + q', "unknown name 'q'"],
    ['2 cm * x', "unknown name 'cm'"],
    ['zeros(x)', "unknown name 'zeros'"],
    ['x +', 'Unexpected end'],
    ['((x)', "'(' is not closed"],
  ])('refuses %s, as student arithmetic is refused', (text, why) => {
    const r = functionTrees(text, ['x'], []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(why);
  });
});

describe('descent on a function', { timeout: 60_000 }, () => {
  // f = x^2 + 3y^2 - xy, grad = (2x - y, 6y - x), from (1, 2) with rate 0.1, by hand:
  // grad(1, 2) = (0, 11), x1 = (1, 0.9); grad(1, 0.9) = (1.1, 4.4), x2 = (0.89, 0.46).
  const d: DescentData = { function: 'x^2 + 3*y^2 - x*y', start: { x: 1, y: 2 }, rate: 0.1, steps: 2 };
  const key = (c: Parameters<typeof computeKey>[1]) => {
    const r = computeKey({ descent: d }, c);
    if (!r.ok) throw new Error(r.error);
    // A descent gives a number or a vector, never a matrix.
    return r.value as number | number[];
  };
  const close = (v: number | number[], want: number[]) => (Array.isArray(v) ? v : [v]).forEach((x, j) => expect(x).toBeCloseTo(want[j]!, 12));

  it('steps from the start: step 0 is the start, the default the last step', () => {
    close(key({ of: 'iterate', step: 0 }), [1, 2]);
    close(key({ of: 'iterate', step: 1 }), [1, 0.9]);
    close(key({ of: 'iterate' }), [0.89, 0.46]);
    close(key({ of: 'iterate', component: 2 }), [0.46]);
  });

  it('gives f and its gradient at a step', () => {
    close(key({ of: 'function-value', step: 0 }), [1 + 12 - 2]);
    close(key({ of: 'function-value' }), [0.89 ** 2 + 3 * 0.46 ** 2 - 0.89 * 0.46]);
    close(key({ of: 'gradient', step: 0 }), [0, 11]);
    close(key({ of: 'gradient', step: 1, component: 1 }), [1.1]);
  });

  it('gives a number, not a vector, for a function of one variable', () => {
    // f = (t - 3)^2, f' = 2(t - 3): t1 = 0 - 0.25 * (-6) = 1.5, t2 = 1.5 - 0.25 * (-3) = 2.25.
    const one = computeKey({ descent: { function: '(t - 3)^2', start: { t: 0 }, rate: 0.25, steps: 2 } }, { of: 'iterate' });
    expect(one).toMatchObject({ ok: true, value: 2.25 });
  });

  it('uses the given names as constants of the function', () => {
    const r = computeKey({ descent: { function: 'c*x^2', start: { x: 1 }, rate: 0.1 }, given: { c: 2 } }, { of: 'iterate' });
    // f' = 4x: 1 - 0.1 * 4 = 0.6.
    expect(r).toMatchObject({ ok: true });
    if (r.ok) expect(r.value).toBeCloseTo(0.6, 12);
  });

  it('says so when the descent leaves the domain', () => {
    const r = computeKey({ descent: { function: 'sqrt(x)', start: { x: 1 }, rate: 10, steps: 2 } }, { of: 'iterate' });
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('not a finite number') });
  });
});
