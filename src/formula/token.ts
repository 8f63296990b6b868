/** What the lexer hands the parser; `at` is the 0-based offset in the typed text. */
import type { BinaryOp, FormulaSymbol } from './types.js';

export type Token =
  | { t: 'num'; value: number; at: number }
  | { t: 'sym'; symbol: FormulaSymbol; text: string; at: number }
  | { t: 'fn'; fn: 'g' | 'sigma'; prime: boolean; at: number }
  | { t: 'op'; op: BinaryOp; at: number }
  | { t: 'open'; bracket: '(' | '[' | '{'; at: number }
  | { t: 'close'; bracket: ')' | ']' | '}'; at: number }
  | { t: 'frac'; at: number }
  | { t: 'partial'; at: number }
  | { t: 'eq'; at: number }
  | { t: 'blank'; at: number }
  | { t: 'end'; at: number };

/** A user-content error found while reading; caught at the API boundary and returned as a value. */
export class FormulaSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** "at column 4" for messages: columns count from 1. */
export function column(at: number): string {
  return `at column ${at + 1}`;
}
