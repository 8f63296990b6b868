/**
 * Reading a typed matrix, a list of rows: `[[1, 2], [3, 4]]`, `1 2; 3 4` or
 * `1, 2; 3, 4` (one pair of outer brackets is allowed around either).
 *
 * Splitting rule: rows are split on `;` when there is one; otherwise the
 * text must be bracketed rows, `[1, 2], [3, 4]`, split on the commas
 * between them; a text that is neither is one row. Within a row, entries
 * are split as a vector's components are (parse-vector.ts): on commas if
 * there is one, otherwise on whitespace. Each entry is anything
 * parseNumber accepts. A wrong number of rows or entries is a format
 * error that says the shape expected, never a wrong mark.
 */
import { MAX_EXPRESSION_LENGTH } from './arithmetic.js';
import { matrixHint } from './hints.js';
import { parseNumber, type NumberAnswer } from './parse-number.js';
import { stripBrackets } from './parse-vector.js';
import { parsedError, parsedOk, type Parsed } from '../answer/parsed.js';

export function parseMatrix(text: string, rows: number, cols: number): Parsed<NumberAnswer[][]> {
  const hint = matrixHint(rows, cols);
  const shape = `expected ${rowsOf(rows, cols)}`;
  const maxLength = MAX_EXPRESSION_LENGTH * Math.max(1, rows * cols);
  if (text.length > maxLength) return parsedError(`the answer is longer than ${maxLength} characters`, hint);
  const body = stripBrackets(text.trim()).trim();
  if (body === '') return parsedError('the answer is empty', hint);
  const lines = splitRows(body);
  if (lines.length !== rows) return parsedError(`${shape}, got ${lines.length} row${lines.length === 1 ? '' : 's'}`, hint);
  const values: NumberAnswer[][] = [];
  for (const [i, line] of lines.entries()) {
    const row = stripBrackets(line.trim()).trim();
    if (row === '') return parsedError(`${shape}; row ${i + 1} is empty`, hint);
    const cells = row.includes(',') ? row.split(',') : row.split(/\s+/);
    if (cells.length !== cols) return parsedError(`${shape}; row ${i + 1} has ${cells.length}`, hint);
    const parsed: NumberAnswer[] = [];
    for (const [j, cell] of cells.entries()) {
      if (cell.trim() === '') return parsedError(`row ${i + 1}, entry ${j + 1} is empty`, hint);
      const n = parseNumber(cell);
      if (!n.ok) return parsedError(`row ${i + 1}, entry ${j + 1}: ${n.error}`, hint);
      parsed.push(n.value);
    }
    values.push(parsed);
  }
  return parsedOk(values);
}

/** `2 rows of 3 numbers`, `1 row of 2 numbers`. */
export function rowsOf(rows: number, cols: number): string {
  return `${rows} row${rows === 1 ? '' : 's'} of ${cols} number${cols === 1 ? '' : 's'}`;
}

/** Rows on `;`; else bracketed rows split on the commas between them; else one row. */
function splitRows(body: string): string[] {
  if (body.includes(';')) return body.split(';');
  if (!body.startsWith('[')) return [body];
  const rows: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (ch === '[' || ch === '(') depth += 1;
    else if (ch === ']' || ch === ')') depth -= 1;
    else if (ch === ',' && depth === 0) {
      rows.push(body.slice(start, i));
      start = i + 1;
    }
  }
  rows.push(body.slice(start));
  return rows;
}
