/**
 * When is a typed number right? Every rule is in the table of
 * docs/grading.md; this file is that table as code.
 *
 * Every comparison first accepts the key itself, up to its exact band:
 * max(noise, EXACT_REL_TOL * |key|), where `noise` is the floating-point
 * error the evaluator may have made computing the key (it scales with the
 * terms that made it; 0 for a literal key). Beyond that band each mode has
 * its own, closed rule: no mode adds another's allowance, so an author's
 * explicit tolerance is the whole rule.
 */
import { EXACT_REL_TOL } from '../answer/tolerance.js';
import type { NumberAnswer } from './parse-number.js';

export { EXACT_REL_TOL };

/** Absolute and relative tolerance; a number is right when within either. */
export interface Tolerance {
  abs?: number;
  rel?: number;
}

/** The closed set of ways a part compares a typed number with its key. */
export type Comparison =
  /** The default: the exact band, or the key honestly rounded (never for a whole-number key). */
  | { mode: 'rounding' }
  /** The author's band, and only that: max(abs, rel * |key|). */
  | ({ mode: 'tolerance' } & Tolerance)
  /** Within half a unit of the key's `digits`-th significant digit. */
  | { mode: 'sigfigs'; digits: number }
  /** Within half a unit of the key's `digits`-th decimal place. */
  | { mode: 'decimals'; digits: number }
  /** The exact band only. */
  | { mode: 'exact' };

export const COMPARISON_MODES = ['rounding', 'tolerance', 'sigfigs', 'decimals', 'exact'] as const;
export const DEFAULT_COMPARISON: Comparison = { mode: 'rounding' };

export const MIN_ROUNDING_SIG_FIGS = 3;
/** Relative slack on a rounding bound, for the error in the decimal-to-double conversions. */
const ROUNDING_SLACK = 4 * Number.EPSILON;

/** The band every comparison accepts: the key up to its computing noise, or to EXACT_REL_TOL. */
export function exactBand(key: number, noise = 0): number {
  return Math.max(noise, EXACT_REL_TOL * Math.abs(key));
}

/** A count, an index, H = -14: a whole number is never accepted rounded. */
export function isWhole(key: number): boolean {
  return Number.isInteger(key) && Math.abs(key) <= Number.MAX_SAFE_INTEGER;
}

/** Half a unit of the `digits`-th significant digit of `key`; 0 for a zero key. */
export function halfSigFigUnit(key: number, digits: number): number {
  if (key === 0 || !Number.isFinite(key)) return 0;
  // The exponent from the decimal form: Math.log10(1000) may be 2.9999999999999996.
  const exponent = Number(key.toExponential().split('e')[1]);
  return Number(`5e${exponent - digits}`);
}

/** Half a unit of the `digits`-th decimal place. */
export function halfDecimalUnit(digits: number): number {
  return Number(`5e${-digits - 1}`);
}

/**
 * How far from the key an answer typed in full (17 significant digits, or
 * arithmetic) may be and still be right. Honest rounding, which depends on
 * the digits typed, is not in it.
 */
export function comparisonBand(key: number, compare: Comparison = DEFAULT_COMPARISON, noise = 0): number {
  const exact = exactBand(key, noise);
  switch (compare.mode) {
    case 'rounding':
    case 'exact':
      return exact;
    case 'tolerance':
      return Math.max(exact, compare.abs ?? 0, (compare.rel ?? 0) * Math.abs(key));
    case 'sigfigs':
      return Math.max(exact, slackened(halfSigFigUnit(key, compare.digits), key));
    case 'decimals':
      return Math.max(exact, slackened(halfDecimalUnit(compare.digits), key));
    default: {
      const unreachable: never = compare;
      return unreachable;
    }
  }
}

function slackened(bound: number, ...sizes: number[]): number {
  return bound + ROUNDING_SLACK * Math.max(bound, ...sizes.map(Math.abs));
}

/** Is `answer` the key correctly rounded to the digits the student typed (at least MIN_ROUNDING_SIG_FIGS)? */
export function isHonestRounding(answer: NumberAnswer, key: number): boolean {
  const { sigFigs, lastDigit } = answer;
  if (sigFigs === undefined || lastDigit === undefined || sigFigs < MIN_ROUNDING_SIG_FIGS) return false;
  return Math.abs(answer.value - key) <= slackened(lastDigit / 2, answer.value, key);
}

/** The one question the grader asks of a typed number. A key that is not finite accepts nothing. */
export function accepts(answer: NumberAnswer, key: number, compare: Comparison = DEFAULT_COMPARISON, noise = 0): boolean {
  if (!Number.isFinite(key) || !Number.isFinite(answer.value)) return false;
  if (Math.abs(answer.value - key) <= comparisonBand(key, compare, noise)) return true;
  return compare.mode === 'rounding' && !isWhole(key) && isHonestRounding(answer, key);
}
