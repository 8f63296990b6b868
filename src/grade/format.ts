/**
 * Showing a key to the student. Every number shown can be typed back and
 * graded right by the part's comparison. Under the default one, whole
 * numbers are shown whole, other numbers with up to 6 significant digits,
 * and trailing zeros are dropped only down to the value itself or to
 * MIN_ROUNDING_SIG_FIGS digits (so 1.0000004 shows as `1.00`, which the
 * honest-rounding rule accepts, not `1`, which it would not). Under the
 * others, the shortest form from 6 digits up that the comparison accepts.
 */
import { accepts, DEFAULT_COMPARISON, isWhole, MIN_ROUNDING_SIG_FIGS, type Comparison } from './compare.js';
import type { AnswerKey } from './key.js';
import { optionLetter } from './parse-choice.js';
import { parseNumber } from './parse-number.js';

const DISPLAY_SIG_FIGS = 6;

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (isWhole(x)) return String(Object.is(x, -0) ? 0 : x);
  const shown = x.toPrecision(DISPLAY_SIG_FIGS);
  const [mantissa = shown, exponent] = shown.split('e');
  if (!mantissa.includes('.')) return shown;
  const stripped = joinExponent(mantissa.replace(/\.?0+$/, ''), exponent);
  if (Number(stripped) === x) return stripped;
  return joinExponent(stripZerosKeeping(mantissa, MIN_ROUNDING_SIG_FIGS), exponent);
}

function joinExponent(mantissa: string, exponent: string | undefined): string {
  return exponent === undefined ? mantissa : `${mantissa}e${exponent}`;
}

/**
 * Drop trailing zeros after the point while more than `keep` significant
 * digits remain, keeping one digit after the point: `100.0`, not `100`,
 * whose zeros would not count as typed digits.
 */
function stripZerosKeeping(mantissa: string, keep: number): string {
  let out = mantissa;
  const sigFigs = (s: string): number => s.replace(/[-.]/g, '').replace(/^0+/, '').length;
  while (out.endsWith('0') && !out.endsWith('.0') && sigFigs(out) > keep) out = out.slice(0, -1);
  return out;
}

/** `x` as the comparison would take it back: the default display when it does, more digits when not. */
export function formatCompared(x: number, compare: Comparison = DEFAULT_COMPARISON, noise = 0): string {
  const shown = formatNumber(x);
  if (compare.mode === 'rounding' || !Number.isFinite(x) || isWhole(x)) return shown;
  const fits = (text: string): boolean => {
    const typed = parseNumber(text);
    return typed.ok && accepts(typed.value, x, compare, noise);
  };
  if (fits(shown)) return shown;
  for (let digits = DISPLAY_SIG_FIGS + 1; digits < 17; digits++) {
    const text = String(Number(x.toPrecision(digits)));
    if (fits(text)) return text;
  }
  return String(x);
}

export function formatVector(xs: readonly number[], compare?: Comparison, noise?: readonly number[]): string {
  return `(${xs.map((x, i) => formatCompared(x, compare, noise?.[i])).join(', ')})`;
}

/** A matrix as it is typed back: `[[1, 2], [3, 4]]`. */
export function formatMatrix(rows: readonly (readonly number[])[], compare?: Comparison, noise?: readonly (readonly number[])[]): string {
  return `[${rows.map((row, i) => `[${row.map((x, j) => formatCompared(x, compare, noise?.[i]?.[j])).join(', ')}]`).join(', ')}]`;
}

export function formatBoolean(b: boolean): string {
  return b ? 'True' : 'False';
}

export function formatChoice(options: readonly string[], index: number): string {
  const text = options[index];
  return text === undefined ? `option ${index + 1} (missing)` : `${optionLetter(index)}) ${text}`;
}

export function formatKey(key: AnswerKey): string {
  switch (key.kind) {
    case 'number':
      return formatCompared(key.answer, key.compare, key.noise);
    case 'vector':
      return formatVector(key.answer, key.compare, key.noise);
    case 'matrix':
      return formatMatrix(key.answer, key.compare, key.noise);
    case 'true-false':
      return formatBoolean(key.answer);
    case 'choice':
      return formatChoice(key.options, key.answer);
    case 'expression':
      return key.answer;
    default: {
      const unreachable: never = key;
      return unreachable;
    }
  }
}
