/**
 * A formula in the short spelling, with only the brackets it needs, for
 * showing a key: `W2_22 * g'(z2_2) * W3_21`. Parsing the output gives a
 * formula that agrees with the input at every point.
 */
import { shortName } from '../nn/index.js';
import type { Formula, FormulaSymbol } from './types.js';

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2, negate: 3, '^': 4, atom: 5 } as const;

export function formatFormula(f: Formula): string {
  return show(f).text;
}

interface Shown {
  text: string;
  precedence: number;
}

function show(f: Formula): Shown {
  switch (f.kind) {
    case 'number': {
      const text = String(Math.abs(f.value));
      return f.value < 0 || Object.is(f.value, -0) ? { text: `-${text}`, precedence: PRECEDENCE.negate } : atom(text);
    }
    case 'symbol':
      return atom(symbolName(f.symbol));
    case 'activation':
      return atom(`g${f.prime ? "'" : ''}(${shortName({ kind: 'z', ...f.z })})`);
    case 'sigmoid':
      return atom(`sigma${f.prime ? "'" : ''}(${show(f.arg).text})`);
    case 'blank':
      return atom('____');
    case 'negate':
      return { text: `-${wrap(show(f.arg), PRECEDENCE.negate)}`, precedence: PRECEDENCE.negate };
    case 'binary': {
      const p = PRECEDENCE[f.op];
      // a - (b + c) and a / (b * c) keep their brackets; a ^ b needs an atom below it.
      const left = wrap(show(f.left), f.op === '^' ? PRECEDENCE.atom : p);
      const right = wrap(show(f.right), f.op === '-' || f.op === '/' ? p + 1 : f.op === '^' ? PRECEDENCE.negate : p);
      return { text: f.op === '^' ? `${left}^${right}` : `${left} ${f.op} ${right}`, precedence: p };
    }
    default:
      return unknown(f);
  }
}

function atom(text: string): Shown {
  return { text, precedence: PRECEDENCE.atom };
}

function wrap(s: Shown, min: number): string {
  return s.precedence >= min ? s.text : `(${s.text})`;
}

function unknown(f: never): never {
  throw new Error(`unknown formula node: ${JSON.stringify(f)}`);
}

/** A symbol in its short spelling, as a student types it: `W2_21`, `x_1`, `L`, `y`, `yhat`, `delta2_1`, `eta`. */
export function symbolName(s: FormulaSymbol): string {
  switch (s.kind) {
    case 'declared':
      return s.name;
    case 'y':
    case 'yhat':
      // The output layer of a network with formulas has one node.
      return s.kind;
    case 'delta':
      return `delta${s.layer}_${s.node}`;
    default:
      return shortName(s);
  }
}
