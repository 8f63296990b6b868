import { formatNumber } from '../grade/format.js';
import type { Activation } from '../nn/index.js';

/*
 * Bits of LaTeX for worked solutions, in the bank's notation: z^{(l)}_j,
 * W^{(l)}_{ij}, \partial H/\partial a^{(l)}_i. Numbers are shown as the
 * grader shows keys (whole, or up to 6 significant digits).
 */

export const math = (s: string): string => `\\(${s}\\)`;
export const num = (v: number): string => formatNumber(v + 0);
/** A number as a factor or term: negatives in parentheses, `2 \cdot (-3)`. */
export const factor = (v: number): string => (v < 0 ? `(${num(v)})` : num(v));
export const vec = (vs: readonly number[]): string => `(${vs.map(num).join(', ')})`;
export const times = (a: string, b: string): string => `${a} \\cdot ${b}`;

const sub = (s: number): string => (String(s).length === 1 ? `_${s}` : `_{${s}}`);
const pair = (i: number, j: number): string => (i > 9 || j > 9 ? `_{${i},${j}}` : `_{${i}${j}}`);

export const z = (l: number, j?: number): string => `z^{(${l})}${j === undefined ? '' : sub(j)}`;
export const a = (l: number, j?: number): string => `a^{(${l})}${j === undefined ? '' : sub(j)}`;
export const b = (l: number, j: number): string => `b^{(${l})}${sub(j)}`;
export const w = (l: number, i: number, j: number): string => `W^{(${l})}${pair(i, j)}`;
export const x = (i: number): string => `x${sub(i)}`;
export const d = (what: string): string => `\\partial H/\\partial ${what}`;

/** g(arg) by name: ReLU(11), \sigma(2); the identity for a linear layer. */
export function g(act: Activation, arg: string): string {
  switch (act) {
    case 'relu':
      return `\\text{ReLU}(${arg})`;
    case 'leaky-relu':
      return `\\text{LeakyReLU}(${arg})`;
    case 'sigmoid':
      return `\\sigma(${arg})`;
    case 'tanh':
      return `\\tanh(${arg})`;
    case 'step':
      return `\\text{step}(${arg})`;
    case 'softmax':
      return `\\text{softmax}(${arg})`;
    case 'linear':
      return arg;
    default: {
      const never: never = act;
      throw new Error(`unknown activation ${String(never)}`);
    }
  }
}

/** Terms joined by `+`; a negative term comes parenthesized from `factor`, as in `2 \cdot 3 + 1 \cdot (-2)`. */
export const sum = (terms: readonly string[]): string => terms.join(' + ');
