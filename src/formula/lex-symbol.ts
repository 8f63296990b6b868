/**
 * Reading one network symbol in any accepted spelling: the short `W2_21`,
 * `W(2)_21`, `W^(2)_21`, and the LaTeX `W_{21}^{(2)}`, `W^{(2)}_{21}`. A
 * superscript in parentheses right after a symbol is its layer, never a
 * power, so `z_1^{(2)}` is read one way only.
 */
import { FormulaSyntaxError } from './token.js';
import type { FormulaSymbol } from './types.js';

export const SYMBOL_LETTERS = new Set(['W', 'w', 'b', 'z', 'a', 'x']);

/** A symbol's name as read: a letter, or a loss symbol's (y, ŷ, δ) under any spelling. */
export type SymbolName = 'W' | 'b' | 'z' | 'a' | 'x' | 'y' | 'yhat' | 'delta';

/** Written after a name, as `_1` is; the default node of y and ŷ, whose output layer has one node. */
const ONE_NODE = new Set<SymbolName>(['y', 'yhat']);

const DIGITS = /\d+/y;
const PAREN_LAYER = /\(\s*(\d+)\s*\)/y;
const SUPER_LAYER = /\^\s*(?:\(\s*(\d+)\s*\)|\{\s*\(\s*(\d+)\s*\)\s*\})/y;
const SUPER_PAREN = /\^\s*\{?\s*\(/y;
const BRACED_SUB = /_\s*\{([^{}]*)\}/y;
const BARE_SUB = /_(\d+(?:,\d+)?)/y;

function match(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Read the symbol whose name starts at `start`; returns it and the offset
 * just after it. The name is the letter there, or `name`, spelled up to
 * `after` (`delta`, `\\hat{y}`, `ŷ`). x, y and ŷ take a node number only
 * (y and ŷ default to node 1); the others a layer, and W two node numbers.
 */
export function lexSymbol(text: string, start: number, name?: SymbolName, after = start + 1): { symbol: FormulaSymbol; end: number } {
  const named = name ?? (text[start] === 'w' ? 'W' : (text[start] as 'W' | 'b' | 'z' | 'a' | 'x'));
  const nodeOnly = named === 'x' || ONE_NODE.has(named);
  const letter = named;
  let pos = after;
  let layer: number | undefined;
  let index: string | undefined;
  const shown = (): string => JSON.stringify(text.slice(start, pos));
  const fail = (why: string): never => {
    throw new FormulaSyntaxError(`${shown()} ${why}`, start);
  };

  const digits = match(DIGITS, text, pos);
  const paren = nodeOnly ? null : (match(PAREN_LAYER, text, pos) ?? match(SUPER_LAYER, text, pos));
  if (digits) {
    if (nodeOnly) index = digits[0];
    else layer = Number(digits[0]);
    pos += digits[0].length;
  } else if (paren) {
    layer = Number(paren[1] ?? paren[2]);
    pos += paren[0].length;
  }

  if (text[pos] === '_') {
    const sub = match(BRACED_SUB, text, pos) ?? match(BARE_SUB, text, pos);
    if (!sub) {
      pos += 1;
      fail('must be followed by node numbers, as in x_1, z2_1 or W_{21}^{(2)}');
    } else {
      pos += sub[0].length;
      if (index !== undefined) fail('gives the input number twice: write x_1 or x1');
      index = (sub[1] ?? '').replace(/\s+/g, '');
    }
  }
  if (text[pos] === '_' && index !== undefined) {
    pos += 1;
    fail(
      letter === 'W'
        ? 'has two subscripts: write the node numbers together (W2_22) or with a comma (W2_2,2)'
        : 'has two subscripts: it takes one node number, as in z2_1 or x_1',
    );
  }
  if (layer === undefined && !nodeOnly) {
    const sup = match(SUPER_LAYER, text, pos);
    if (sup) {
      layer = Number(sup[1] ?? sup[2]);
      pos += sup[0].length;
    }
  }
  if (match(SUPER_PAREN, text, pos)) {
    fail(
      nodeOnly
        ? `has no layer; a power is written without parentheses, as in ${letter === 'x' ? 'x_1' : 'y'}^2`
        : 'already has its layer; a power is written without parentheses, as in z2_1^2',
    );
  }
  if (letter === 'x') return { symbol: { kind: 'x', node: node(index, fail, 'x_1 or x1') }, end: pos };
  if (letter === 'y') return { symbol: { kind: 'y', node: node(index ?? '1', fail, 'y or y_1') }, end: pos };
  if (letter === 'yhat') return { symbol: { kind: 'yhat', node: node(index ?? '1', fail, 'yhat or yhat_1') }, end: pos };
  if (layer === undefined) fail(`needs its layer, as in ${letter}2_1 or ${letter}_1^{(2)}`);
  const l = layer ?? 0;
  if (letter === 'W') {
    const [from, to] = weightNodes(index, fail);
    return { symbol: { kind: 'W', layer: l, from, to }, end: pos };
  }
  const n = node(index, fail, `${letter}${l}_1 or ${letter}_1^{(${l})}`);
  if (letter === 'a' && l === 0) return { symbol: { kind: 'x', node: n }, end: pos };
  return { symbol: { kind: letter, layer: l, node: n }, end: pos };
}

function node(index: string | undefined, fail: (why: string) => never, example: string): number {
  if (index === undefined || index === '') return fail(`needs a node number, as in ${example}`);
  if (!/^\d+$/.test(index)) return fail(`takes one node number, as in ${example}`);
  return Number(index);
}

/** `22` is i = 2, j = 2; `1,12` is i = 1, j = 12; anything else is ambiguous or short. */
function weightNodes(index: string | undefined, fail: (why: string) => never): [number, number] {
  const pair = /^(\d)(\d)$/.exec(index ?? '') ?? /^(\d+),(\d+)$/.exec(index ?? '');
  if (pair) return [Number(pair[1]), Number(pair[2])];
  if (index !== undefined && /^\d{3,}$/.test(index)) {
    return fail('is ambiguous: separate the two node numbers with a comma, as in W2_1,12 or W_{1,12}^{(2)}');
  }
  return fail('needs two node numbers i and j, as in W2_21 or W_{21}^{(2)} (W2_1,12 when one is 10 or more)');
}
