import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/grade/parse-number.js';

describe('parseNumber: decimal literals record how precisely they were typed', () => {
  it.each([
    ['-14', -14, 2, 1],
    ['+14', 14, 2, 1],
    ['.5', 0.5, 1, 0.1],
    ['0.1824', 0.1824, 4, 0.0001],
    ['0.182', 0.182, 3, 0.001],
    ['-14.1', -14.1, 3, 0.1],
    ['14.0', 14, 3, 0.1],
    ['1.82e-1', 0.182, 3, 0.001],
    ['-3E2', -300, 1, 100],
    ['1400', 1400, 2, 100],
    ['1400.', 1400, 4, 1],
    ['0.0010', 0.001, 2, 0.0001],
    ['0', 0, 0, 1],
    ['0.00', 0, 0, 0.01],
    ['  7  ', 7, 1, 1],
    ['\u221214', -14, 2, 1],
    ['1.23457e+21', 1.23457e21, 6, 1e16],
  ])('%j -> %d, %d sig figs, last digit %d', (text, value, sigFigs, lastDigit) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: { value, sigFigs, lastDigit } });
  });
});

describe('parseNumber: arithmetic is exact and carries no sig figs', () => {
  it.each([
    ['1/2', 0.5],
    ['5*(-3) + 1', -14],
    ['2^-1', 0.5],
    ['-(-3)', 3],
    ['2pi', 2 * Math.PI],
    ['sqrt(2)', Math.SQRT2],
    ['e', Math.E],
    ['2e-3*2', 0.004],
    ['(1)', 1],
    ['log10(1000)', 3],
  ])('%j -> %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: { value } });
  });
});

describe('parseNumber: malformed text is a format error with a hint', () => {
  it.each(['', '   ', 'abc', '1//2', '1,5', '1e999', '1/0', 'sqrt(-1)', '1.2.3', '--', '(1', '1)', '#?', '2 3'])(
    '%j',
    (text) => {
      const r = parseNumber(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.length).toBeGreaterThan(0);
        expect(r.hint).toContain('such as -14');
      }
    },
  );
});
