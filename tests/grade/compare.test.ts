/**
 * The comparison table of docs/grading.md, row by row, at its edges: zero,
 * huge and tiny keys, whole numbers, and rounding on both sides of half a
 * unit.
 */
import { describe, expect, it } from 'vitest';
import { comparisonBand, type Comparison } from '../../src/grade/compare.js';
import { formatKey } from '../../src/grade/format.js';
import { acceptedFormats, grade } from '../../src/grade/grade.js';
import type { AnswerKey } from '../../src/grade/key.js';

const isRight = (answer: number, text: string, compare?: Comparison, noise?: number): boolean => {
  const key: AnswerKey = { kind: 'number', answer, ...(compare && { compare }), ...(noise !== undefined && { noise }) };
  const o = grade(key, text);
  if (o.status !== 'graded') throw new Error(`format error for ${text}: ${o.error}`);
  return o.correct;
};

const KEY = 0.18242622; // 0.182426...

describe('the default comparison: the exact band, or the key honestly rounded', () => {
  it.each([
    [-14, '-14', true],
    [-14, '-14.1', false],
    [-14, '-14.0', true],
    [-14, '-14.00', true],
    [-14, '5*(-3) + 1', true],
    [-14, '-13', false],
    [KEY, '0.182', true],
    [KEY, '0.1824', true],
    [KEY, '0.18243', true],
    [KEY, '1.82e-1', true],
    [KEY, '0.18', false], // too few digits
    [KEY, '0.2', false],
    [KEY, '0.183', false],
    [KEY, '0.1825', false],
    [1 / 3, '1/3', true],
    [1 / 3, '0.333', true],
    [1 / 3, '0.33', false],
    [1 / 3, '0.334', false],
    [2 / 3, '0.667', true],
    [2 / 3, '0.666', false],
    [123456.5, '123000', true], // 3 sig figs: the trailing zeros of an integer are placeholders
    [123456.5, '124000', false],
    [123456.5, '123500', true],
    [0.5, '1/2', true],
    [0.5, '0.5000000001', true], // within EXACT_REL_TOL
    [0.5, '0.500001', false],
    [0.0001, '0.000', false], // zeros alone are no significant digits
    [1e-7, '1.00e-7', true],
    [1e-7, '1.000e-7', true],
    [1e-7, '1.004e-7', false],
    [1.5e300, '1.50e300', true],
    [1.5e300, '1.51e300', false],
  ])('key %d: %j right=%s', (key, text, want) => {
    expect(isRight(key, text)).toBe(want);
  });

  it.each([
    // A zero key: only zero, however it is typed; a tiny number is not zero.
    [0, '0', true],
    [0, '-0', true],
    [0, '0.000', true],
    [0, '1e-13', false],
    [0, '1e-300', false],
    // A tiny literal key is not swamped by a fixed absolute tolerance (was 1e-12).
    [1e-13, '5e-13', false],
    [1e-13, '1e-13', true],
    [1e-13, '1.00e-13', true],
  ])('zero and tiny keys: key %d: %j right=%s', (key, text, want) => {
    expect(isRight(key, text)).toBe(want);
  });

  it.each([
    // Whole numbers (counts, indices, -14) are exact: no rounding to tens.
    [8385, '8385', true],
    [8385, '8385.0', true],
    [8385, '8390', false],
    [8385, '8380', false],
    [8385, '8.39e3', false],
    [3, '2.999', false],
    [9007199254740991, '9007199254740991', true],
    [9007199254740991, '9.01e15', false],
  ])('whole keys: key %d: %j right=%s', (key, text, want) => {
    expect(isRight(key, text)).toBe(want);
  });

  it('a computed key carries its noise: the band is at least that, and no wider', () => {
    // H = 0.81 * 9100 - 0.35 * 21060 is 0, computed 1.8e-12 from terms of 14742.
    const noise = 1e-12 * 14742;
    expect(isRight(0, '1.8189894035458565e-12', undefined, noise)).toBe(true);
    expect(isRight(0, '1e-6', undefined, noise)).toBe(false);
    expect(comparisonBand(0, undefined, noise)).toBe(noise);
  });

  it('a key that is not finite accepts nothing', () => {
    for (const key of [Infinity, -Infinity, NaN]) {
      for (const text of ['0', '1e308', '-1e308', '1/3']) expect(isRight(key, text)).toBe(false);
    }
    expect(grade({ kind: 'vector', answer: [1, Infinity] }, '(1, 1e308)')).toMatchObject({ correct: false });
  });
});

describe('an explicit tolerance is the whole rule', () => {
  it.each([
    [10, '10.4', { abs: 0.5 }, true],
    [10, '10.6', { abs: 0.5 }, false],
    [200, '202', { rel: 0.01 }, true],
    [200, '203', { rel: 0.01 }, false],
    [KEY, '0.183', { rel: 0.01 }, true],
    // Honest rounding is not added to the author's band.
    [KEY, '0.182', { abs: 1e-5 }, false],
    [KEY, '0.18243', { abs: 1e-5 }, true],
    [0, '0.0001', { abs: 1e-3 }, true],
    [0, '0.01', { rel: 0.5 }, false],
  ])('key %d: %j with %j right=%s', (key, text, tolerance, want) => {
    expect(isRight(key, text, { mode: 'tolerance', ...tolerance })).toBe(want);
  });
});

describe('sigfigs: within half a unit of the n-th significant digit', () => {
  it.each([
    [KEY, '0.182', 3, true],
    [KEY, '0.1824', 3, true], // more digits are fine when close enough
    [KEY, '0.18', 3, false],
    [KEY, '0.183', 3, false],
    [KEY, '0.18', 2, true],
    [9.996, '10.0', 3, true], // rounding up across a power of ten
    [9.996, '9.99', 3, false],
    [8385, '8390', 3, true], // the author asked for 3 digits, even of a whole number
    [8385, '8400', 3, false],
    [1000, '1000', 1, true],
    [1000, '1400', 1, true],
    [1000, '1600', 1, false],
    [-2.5e-9, '-2.5e-9', 2, true],
    [-2.5e-9, '-2.4e-9', 2, false],
    [0, '0', 3, true],
    [0, '0.001', 3, false], // a zero key has no significant digits to round to
    [1.23456e300, '1.23e300', 3, true],
    [1.23456e300, '1.24e300', 3, false],
  ])('key %d: %j to %d sig figs right=%s', (key, text, digits, want) => {
    expect(isRight(key, text, { mode: 'sigfigs', digits })).toBe(want);
  });
});

describe('decimals: within half a unit of the n-th decimal place', () => {
  it.each([
    [KEY, '0.18', 2, true],
    [KEY, '0.19', 2, false],
    [KEY, '0.182', 3, true],
    [KEY, '0.18', 3, false],
    [0, '0.004', 2, true],
    [0, '0.006', 2, false],
    [8385.4, '8385', 0, true],
    [8385.6, '8385', 0, false],
    [1e-9, '0', 3, true], // a tiny key rounds to zero at 3 places
  ])('key %d: %j to %d places right=%s', (key, text, digits, want) => {
    expect(isRight(key, text, { mode: 'decimals', digits })).toBe(want);
  });
});

describe('exact: the key itself, up to its noise', () => {
  it.each([
    [KEY, '0.18242622', true],
    [KEY, '0.182426', false],
    [KEY, '0.182', false],
    [1 / 3, '1/3', true],
    [1 / 3, '0.333', false],
    [0, '0', true],
    [0, '1e-300', false],
  ])('key %d: %j right=%s', (key, text, want) => {
    expect(isRight(key, text, { mode: 'exact' })).toBe(want);
  });
});

describe('the key shown can be typed back under every comparison', () => {
  const modes: Comparison[] = [
    { mode: 'rounding' }, { mode: 'exact' }, { mode: 'tolerance', abs: 1e-4 }, { mode: 'tolerance', abs: 0 },
    { mode: 'sigfigs', digits: 2 }, { mode: 'decimals', digits: 1 },
  ];
  it.each([KEY, 1 / 3, -14, 0, 123456.789, 1e-13, 8385])('key %d', (answer) => {
    for (const compare of modes) {
      const key: AnswerKey = { kind: 'number', answer, compare };
      expect(grade(key, formatKey(key)), `${JSON.stringify(compare)} shows ${formatKey(key)}`).toMatchObject({ correct: true });
    }
  });

  it('shows 6 digits where they are accepted, more where the comparison asks', () => {
    expect(formatKey({ kind: 'number', answer: KEY })).toBe('0.182426');
    expect(formatKey({ kind: 'number', answer: KEY, compare: { mode: 'exact' } })).toBe('0.18242622');
    expect(formatKey({ kind: 'number', answer: 8385 })).toBe('8385');
  });
});

describe('the help at the prompt names the part\'s comparison', () => {
  it.each<[AnswerKey, RegExp]>([
    [{ kind: 'number', answer: KEY }, /at least 3 significant digits also counts when it is the answer correctly rounded/],
    [{ kind: 'number', answer: 8385 }, /whole number: type it exactly/],
    [{ kind: 'number', answer: KEY, compare: { mode: 'sigfigs', digits: 4 } }, /to 4 significant digits/],
    [{ kind: 'number', answer: KEY, compare: { mode: 'decimals', digits: 2 } }, /to 2 decimal places/],
    [{ kind: 'number', answer: KEY, compare: { mode: 'tolerance', rel: 0.07 } }, /within 7% of the answer/],
    [{ kind: 'number', answer: KEY, compare: { mode: 'exact' } }, /exact value/],
  ])('%j', (key, want) => {
    expect(acceptedFormats(key)).toMatch(want);
  });
});
