/**
 * When is a typed number right? The rule, quoted in the README:
 *
 *   A number answer is right when |answer - key| <= max(abs, rel * |key|),
 *   with the part's tolerance if it gives one (a missing abs or rel falls back
 *   to its default) and otherwise the defaults DEFAULT_ABS_TOL = 1e-12 and
 *   DEFAULT_REL_TOL = 1e-9, tight enough that an exact key demands the exact
 *   value (typed as `1/3`, say).
 *   It is also right when it is honestly rounded: typed as a decimal literal
 *   with at least MIN_ROUNDING_SIG_FIGS = 3 significant digits, and
 *   |answer - key| <= half the place value of the last typed digit (plus a
 *   tiny allowance for floating-point error), i.e. it is the key correctly
 *   rounded to the digits typed. For key 0.182426...: `0.182` and `0.1824`
 *   are right; `0.18` (too few digits), `0.2` and `0.183` are wrong.
 *   Arithmetic such as `1/3` is exact and gets no rounding allowance.
 */
import type { Tolerance } from './key.js';
import type { NumberAnswer } from './parse-number.js';

export const DEFAULT_REL_TOL = 1e-9;
export const DEFAULT_ABS_TOL = 1e-12;
export const MIN_ROUNDING_SIG_FIGS = 3;
/** Relative slack on the rounding bound, for the error in the decimal-to-double conversions. */
const ROUNDING_SLACK = 4 * Number.EPSILON;

/** The half-width of the tolerance band around `key`: max(abs, rel * |key|). */
export function toleranceBand(key: number, tolerance?: Tolerance): number {
  const abs = tolerance?.abs ?? DEFAULT_ABS_TOL;
  const rel = tolerance?.rel ?? DEFAULT_REL_TOL;
  return Math.max(abs, rel * Math.abs(key));
}

/** Is `answer` the key correctly rounded to the digits the student typed? */
export function isHonestRounding(answer: NumberAnswer, key: number): boolean {
  const { sigFigs, lastDigit } = answer;
  if (sigFigs === undefined || lastDigit === undefined || sigFigs < MIN_ROUNDING_SIG_FIGS) return false;
  const slack = ROUNDING_SLACK * Math.max(Math.abs(answer.value), Math.abs(key), lastDigit);
  return Math.abs(answer.value - key) <= lastDigit / 2 + slack;
}

export function isWithinTolerance(answer: NumberAnswer, key: number, tolerance?: Tolerance): boolean {
  return Math.abs(answer.value - key) <= toleranceBand(key, tolerance) || isHonestRounding(answer, key);
}
