/**
 * Reading a typed vector: `(4, 9)`, `[4, 9]`, `4, 9`, `4 9` or `(4, 9)^T`.
 *
 * Splitting rule: if the text has a comma, components are split on commas
 * (so `(1 - 2, 3)` has two); otherwise on whitespace (so `4 -9` is the two
 * components 4 and -9, and an expression with spaces needs commas around it).
 * Each component is anything parseNumber accepts.
 */
import { MAX_EXPRESSION_LENGTH } from './arithmetic.js';
import { vectorHint } from './hints.js';
import { parseNumber, type NumberAnswer } from './parse-number.js';
import { parsedError, parsedOk, type Parsed } from '../answer/parsed.js';

export { vectorHint };

export function parseVector(text: string, length: number): Parsed<NumberAnswer[]> {
  const hint = vectorHint(length);
  const maxLength = MAX_EXPRESSION_LENGTH * Math.max(1, length);
  if (text.length > maxLength) return parsedError(`the answer is longer than ${maxLength} characters`, hint);
  const body = stripBrackets(text.trim().replace(/\s*\^\s*T$/, ''));
  if (body.trim() === '') return parsedError('the answer is empty', hint);
  const parts = body.includes(',') ? body.split(',') : body.trim().split(/\s+/);
  if (parts.length !== length) {
    return parsedError(`expected ${length} component${length === 1 ? '' : 's'}, got ${parts.length}`, hint);
  }
  const values: NumberAnswer[] = [];
  for (const [i, part] of parts.entries()) {
    if (part.trim() === '') return parsedError(`component ${i + 1} is empty`, hint);
    const parsed = parseNumber(part);
    if (!parsed.ok) return parsedError(`component ${i + 1}: ${parsed.error}`, hint);
    values.push(parsed.value);
  }
  return parsedOk(values);
}

const PAIRS: Readonly<Record<string, string>> = { '(': ')', '[': ']' };

/** Drop one pair of outer brackets, only when they enclose the whole text: not `(1) + (2)`. */
export function stripBrackets(text: string): string {
  const open = text[0];
  const close = open === undefined ? undefined : PAIRS[open];
  if (close === undefined || !text.endsWith(close) || text.length < 2) return text;
  let depth = 0;
  for (let i = 0; i < text.length - 1; i += 1) {
    if (text[i] === open) depth += 1;
    else if (text[i] === close) depth -= 1;
    if (depth === 0) return text; // the first bracket closed before the end
  }
  return text.slice(1, -1);
}
