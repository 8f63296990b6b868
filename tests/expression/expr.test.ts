import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/expression/expr.js';

const scope = { a: 2, b: -3, z12: -1.5 };

describe('template expressions', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['2 ^ 3 ^ 2', 512],
    ['-2 ^ 2', -4],
    ['2 ^ -1', 0.5],
    ['a * b', -6],
    ['a*(-3) + 1', -5],
    ['z12 < 0', 1],
    ['z12 >= 0', 0],
    ['a == 2 and b != 3', 1],
    ['not (a > 5) or b > 0', 1],
    ['relu(b) + step(a) + step(0)', 1],
    ['max(a, b, 7) - min(a, b)', 10],
    ['1.5e2 + .5', 150.5],
    ['round(sigmoid(0) * 10)', 5],
  ])('%s = %d', (text, value) => {
    expect(evaluate(text, scope)).toEqual({ ok: true, value });
  });

  it.each([
    ['', /empty/],
    ['1 +', /ends too soon/],
    ['(1 + 2', /expected '\)'/],
    ['c + 1', /unknown name 'c'; known: a, b, z12/],
    ['import(1)', /unknown function 'import'/],
    ['constructor', /unknown name/],
    ['1 / 0', /finite/],
    ['1 # 2', /cannot read/],
    ['1 2', /unexpected '2'/],
    ['('.repeat(100) + '1' + ')'.repeat(100), /nested more than/],
    ['-'.repeat(100) + '1', /nested more than/],
    ['1+'.repeat(300) + '1', /longer than/],
  ])('refuses %s', (text, message) => {
    const r = evaluate(text, scope);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('on arbitrary text, never throws: a finite value or a message that quotes the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      const r = evaluate(text, scope);
      if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      else expect(r.error.length > 0 && (r.error.includes(text.trim().slice(0, 10)) || /empty|longer than/.test(r.error))).toBe(true);
    }), { numRuns: 2000 });
  });

  it('agrees with an independent reference on sums, differences and products', () => {
    type Expr = { text: string; value: number };
    const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.integer({ min: -20, max: 20 }).map((n) => ({ text: `(${n})`, value: n })),
        fc.constantFrom(...Object.entries(scope)).map(([name, value]) => ({ text: name, value })),
        fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*'), tie('expr')).map(([a, op, b]) => ({
          text: `(${a.text} ${op} ${b.text})`,
          value: op === '+' ? a.value + b.value : op === '-' ? a.value - b.value : a.value * b.value,
        })),
      ),
    }));
    fc.assert(fc.property(expr, (e) => {
      const r = evaluate(e.text, scope);
      if (e.text.length > 500) expect(r.ok).toBe(false);
      else expect(r.ok && r.value + 0).toBe(e.value + 0); // + 0: -0 and 0 are the same answer
    }));
  });
});
