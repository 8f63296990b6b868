import type { FunctionSetting } from './setting.js';
import type { DescentSlip } from './slip.js';
import { evaluateAt, type FunctionTrees } from './function-trees.js';

/* Gradient descent on a function of named variables: x_{k+1} = x_k - rate ∇f(x_k). */

function scopeOf(s: FunctionSetting, x: readonly number[], constants: Readonly<Record<string, number>>): Record<string, number> {
  const scope: Record<string, number> = { ...constants };
  s.variables.forEach((v, j) => (scope[v] = x[j]!));
  return scope;
}

export function valueAt(s: FunctionSetting, trees: FunctionTrees, x: readonly number[], constants: Readonly<Record<string, number>>): number {
  return evaluateAt(trees.f, scopeOf(s, x, constants));
}

/** ∇f at x; with a wrong-partial slip, one partial is the next variable's. */
export function gradientAt(s: FunctionSetting, trees: FunctionTrees, x: readonly number[], constants: Readonly<Record<string, number>>, slip: DescentSlip = {}): number[] {
  const scope = scopeOf(s, x, constants);
  const n = s.variables.length;
  return s.variables.map((_, j) => evaluateAt(trees.partials[j === slip.wrongPartial ? (j + 1) % n : j]!, scope));
}

/** x_0 (the start) to x_last. */
export function functionIterates(s: FunctionSetting, trees: FunctionTrees, last: number, constants: Readonly<Record<string, number>>, slip: DescentSlip = {}): number[][] {
  const rate = (slip.rate ? slip.rate(s.rate) : s.rate) * (slip.direction === 'up' ? -1 : 1);
  const out = [s.start];
  for (let k = 0; k < last; k++) {
    const x = out[k]!;
    const g = gradientAt(s, trees, x, constants, slip);
    out.push(x.map((xj, j) => xj - rate * g[j]!));
  }
  return out;
}
