import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateArithmetic } from '../../src/grade/arithmetic.js';
import { formatKey } from '../../src/grade/format.js';
import { grade } from '../../src/grade/grade.js';
import type { AnswerKey } from '../../src/grade/key.js';
import { parseChoice } from '../../src/grade/parse-choice.js';
import { parseNumber } from '../../src/grade/parse-number.js';
import { parseVector } from '../../src/grade/parse-vector.js';
import { selfTest } from '../../src/grade/self-test.js';
import { EXACT_REL_TOL } from '../../src/answer/tolerance.js';
import { comparisonBand, isWhole } from '../../src/grade/compare.js';


/** Arbitrary text: unicode, long, and strings built from the characters the sandbox lets through. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 5000 }),
  fc.string({ unit: fc.constantFrom(...'0123456789.eE+-*/^() ,[]abcdefgilnopqrstxT\t'), maxLength: 250 }),
);

const KEYS: AnswerKey[] = [
  { kind: 'number', answer: -14 },
  { kind: 'vector', answer: [4, 9] },
  { kind: 'true-false', answer: true },
  { kind: 'choice', options: ['0', '1', 'b'], answer: 1 },
  { kind: 'expression', answer: 'x_1 + 1', arch: { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'] } },
];

// How fast they answer is measured in bench/, not asserted here: a loaded machine is no test.
describe('parsers and grade never throw', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 6 }), (text, n) => {
        expect(parseNumber(text).ok).toBeTypeOf('boolean');
        expect(parseVector(text, n).ok).toBeTypeOf('boolean');
        expect(parseChoice(text, ['0', '1', 'Gauss']).ok).toBeTypeOf('boolean');
        for (const key of KEYS) expect(['graded', 'format-error']).toContain(grade(key, text).status);
      }),
      { numRuns: 500 },
    );
  });
});

describe('numbers round-trip through display and grading', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
  // Rounding a double near the top of the range can round up past it (to Infinity).
  const roundable = fc.double({ min: -1e307, max: 1e307, noNaN: true });

  it('the displayed key grades right and the key nudged outside its tolerance grades wrong', () => {
    fc.assert(
      fc.property(finite, (x) => {
        const key: AnswerKey = { kind: 'number', answer: x };
        expect(grade(key, formatKey(key))).toMatchObject({ status: 'graded', correct: true });
        const step = Math.max(2 * comparisonBand(x), 1e-12);
        const moved = Number.isFinite(x + step) ? x + step : x - step;
        expect(grade(key, moved.toPrecision(17))).toMatchObject({ status: 'graded', correct: false });
        expect(selfTest(key)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('a literal typed to p digits after rounding the key grades right when p >= 3, unless the key is whole', () => {
    fc.assert(
      fc.property(roundable, fc.integer({ min: 3, max: 17 }), (x, p) => {
        const typed = x.toPrecision(p);
        // A whole key is never taken rounded, but it keeps the exact band
        // every key has (1e-9 relative): -1496879319590410 typed to 9 digits
        // is within it.
        const right = !isWhole(x) || Math.abs(Number(typed) - x) <= EXACT_REL_TOL * Math.abs(x);
        expect(grade({ kind: 'number', answer: x }, typed)).toMatchObject({ correct: right });
      }),
    );
  });

  it('toPrecision(p) with a decimal point reads back with p significant digits', () => {
    fc.assert(
      fc.property(roundable.filter((x) => x !== 0), fc.integer({ min: 1, max: 17 }), (x, p) => {
        const text = x.toPrecision(p);
        const r = parseNumber(text);
        expect(r.ok && r.value.value).toBe(Number(text));
        if (text.includes('.')) expect(r.ok && r.value.sigFigs).toBe(p);
      }),
    );
  });

  it('vectors of doubles round-trip', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 8 }), (xs) => {
        const r = parseVector(`[${xs.map(String).join(', ')}]`, xs.length);
        // String(-0) is "0", so compare with signed zeros made plain.
        expect(r.ok && r.value.map((v) => v.value + 0)).toEqual(xs.map((x) => x + 0));
      }),
    );
  });
});

describe('arithmetic agrees with an independent reference', () => {
  type Expr = { text: string; value: number };
  const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.integer({ min: -20, max: 20 }).map((n) => ({ text: `(${n})`, value: n })),
      fc
        .tuple(tie('expr'), fc.constantFrom('+', '-', '*'), tie('expr'))
        .map(([a, op, b]) => ({
          text: `(${a.text} ${op} ${b.text})`,
          value: op === '+' ? a.value + b.value : op === '-' ? a.value - b.value : a.value * b.value,
        })),
    ),
  }));

  it('for sums, differences and products of integers', () => {
    fc.assert(
      fc.property(expr, (e) => {
        const r = evaluateArithmetic(e.text);
        if (e.text.length > 200) expect(r.ok).toBe(false);
        else expect(r).toEqual({ ok: true, value: e.value });
      }),
    );
  });
});

describe('choices', () => {
  it('typing an option text selects the first option with that text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }), fc.nat(), (options, i) => {
        const index = i % options.length;
        const text = options[index] ?? '';
        const r = parseChoice(text, options);
        if (text.trim() === '') expect(r.ok).toBe(false);
        else expect(r.ok && options[r.value]?.trim().replace(/\s+/g, ' ').toLowerCase()).toBe(text.trim().replace(/\s+/g, ' ').toLowerCase());
      }),
    );
  });
});
