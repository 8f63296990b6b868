/**
 * Reading a typed number. Plain decimal and scientific literals take a fast
 * path that also records how precisely they were typed (significant digits
 * and the place value of the last digit), which the honest-rounding rule in
 * tolerance.ts needs. Anything else (`1/2`, `5*(-3) + 1`, `sqrt(2)`) is
 * arithmetic: exact, so it carries no significant digits.
 */
import { evaluateArithmetic, MAX_EXPRESSION_LENGTH, NUMBER_HINT } from './arithmetic.js';
import { parsedError, parsedOk, quote, type Parsed } from '../answer/parsed.js';

export interface NumberAnswer {
  value: number;
  /** Significant digits typed; only for decimal literals (0 for a zero). */
  sigFigs?: number;
  /** Place value of the last typed digit: 0.001 for `0.182`, 100 for `1400`. */
  lastDigit?: number;
}

export { NUMBER_HINT };

const LITERAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export function parseNumber(text: string): Parsed<NumberAnswer> {
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return parsedError(`the answer is longer than ${MAX_EXPRESSION_LENGTH} characters`, NUMBER_HINT);
  }
  // A typographic minus (U+2212) is what a copy from a PDF or web page gives.
  const trimmed = text.trim().replace(/\u2212/g, '-');
  if (trimmed === '') return parsedError('the answer is empty', NUMBER_HINT);
  const literal = parseLiteral(trimmed);
  if (literal) return literal;
  const result = evaluateArithmetic(trimmed);
  return result.ok ? parsedOk({ value: result.value }) : result;
}

/** The fast path; undefined when the text is not a plain literal. */
function parseLiteral(text: string): Parsed<NumberAnswer> | undefined {
  const m = LITERAL.exec(text);
  if (!m) return undefined;
  const intPart = m[2] ?? '';
  const fracPart = m[3];
  if (intPart === '' && !fracPart) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) {
    return parsedError(`${quote(text)} is too large to be a number here`, NUMBER_HINT);
  }
  const exponent = Number(m[4] ?? '0');
  const significant = (intPart + (fracPart ?? '')).replace(/^0+/, '');
  if (fracPart !== undefined) {
    // With a decimal point, trailing zeros were typed on purpose: `14.0` has 3.
    return parsedOk({ value, sigFigs: significant.length, lastDigit: powerOfTen(exponent - fracPart.length) });
  }
  // An integer's trailing zeros may be placeholders: `1400` has 2, last digit 100.
  const trailingZeros = significant.length - significant.replace(/0+$/, '').length;
  return parsedOk({
    value,
    sigFigs: significant.length - trailingZeros,
    lastDigit: powerOfTen(exponent + trailingZeros),
  });
}

/** 10^k as the double nearest to the decimal, which `10 ** k` is not always. */
function powerOfTen(k: number): number {
  return Number(`1e${k}`);
}
