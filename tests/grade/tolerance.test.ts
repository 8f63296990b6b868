import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grade/grade.js';
import type { Tolerance } from '../../src/grade/key.js';
import { DEFAULT_ABS_TOL, DEFAULT_REL_TOL, MIN_ROUNDING_SIG_FIGS, toleranceBand } from '../../src/grade/tolerance.js';

const isRight = (answer: number, text: string, tolerance?: Tolerance): boolean => {
  const o = grade({ kind: 'number', answer, ...(tolerance ? { tolerance } : {}) }, text);
  if (o.status !== 'graded') throw new Error(`format error for ${text}: ${o.error}`);
  return o.correct;
};

const KEY = 0.18242622; // 0.182426...

describe('the tolerance rule', () => {
  it('has tight named defaults', () => {
    expect([DEFAULT_REL_TOL, DEFAULT_ABS_TOL, MIN_ROUNDING_SIG_FIGS]).toEqual([1e-9, 1e-12, 3]);
    expect(toleranceBand(1000)).toBeCloseTo(1e-6, 20);
    expect(toleranceBand(0)).toBe(1e-12);
    expect(toleranceBand(10, { abs: 0.5 })).toBe(0.5);
  });

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
    [KEY, '0.18', false],
    [KEY, '0.2', false],
    [KEY, '0.183', false],
    [KEY, '0.1825', false],
    [1 / 3, '1/3', true],
    [1 / 3, '0.333', true],
    [1 / 3, '0.33', false],
    [1 / 3, '0.334', false],
    [2 / 3, '0.667', true],
    [2 / 3, '0.666', false],
    [123456, '123000', true], // 3 sig figs: the trailing zeros of an integer are placeholders
    [123456, '124000', false],
    [123456, '123500', true],
    [0.5, '1/2', true],
    [0.5, '0.5000000001', true], // within the relative default
    [0.5, '0.500001', false],
    [0, '0', true],
    [0.0001, '0.000', false], // zeros alone are no significant digits
    [1e-7, '1.00e-7', true],
  ])('key %d: %j right=%s', (key, text, want) => {
    expect(isRight(key, text)).toBe(want);
  });

  it.each([
    [10, '10.4', { abs: 0.5 }, true],
    [10, '10.6', { abs: 0.5 }, false],
    [200, '202', { rel: 0.01 }, true],
    [200, '203', { rel: 0.01 }, false],
    [KEY, '0.183', { rel: 0.01 }, true],
  ])('key %d: %j with %j right=%s', (key, text, tolerance, want) => {
    expect(isRight(key, text, tolerance)).toBe(want);
  });
});
