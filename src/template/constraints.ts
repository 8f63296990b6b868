import type { ProblemData } from '../schema/problem.js';
import { networkOf } from '../compute/network-of.js';
import { trace, valueOf, shortName, type Quantity } from '../nn/index.js';
import { evaluate, type Scope } from '../expression/expr.js';
import { KEY_CONSTRAINTS } from '../schema/template.js';
import { mistakesDistinct } from '../mistakes/distinct.js';

/**
 * What a constraint can name: the parameters and derived values, the
 * network's forward values (`z1_2` is z^(1)_2, `a2_1`, `H`), and the keys of
 * the number parts (`key1` for part 1, ...).
 */
export function constraintScope(data: ProblemData, params: Scope): Scope {
  const scope: Record<string, number> = { ...params };
  const n = data.network;
  if (n?.weights && n.activations && n.input) {
    const t = trace(networkOf(n)!, n.input);
    const named: Quantity[] = [];
    for (let layer = 1; layer < n.layers.length; layer++) {
      for (let node = 1; node <= (n.layers[layer] ?? 0); node++) named.push({ kind: 'z', layer, node }, { kind: 'a', layer, node });
    }
    for (const q of [...named, { kind: 'H' } as const]) scope[shortName(q)] = valueOf(t, q) ?? Number.NaN;
  }
  data.parts.forEach((p, k) => {
    if (p.kind === 'number' && p.answer !== undefined) scope[`key${k + 1}`] = p.answer;
  });
  return scope;
}

/** true when it holds, false when it does not, a message when it cannot be evaluated. */
export function checkConstraint(constraint: string, data: ProblemData, scope: Scope): boolean | string {
  const keys: (number | number[] | number[][])[] = data.parts.flatMap((p) => ((p.kind === 'number' || p.kind === 'vector' || p.kind === 'matrix') && p.answer !== undefined ? [p.answer] : []));
  if (constraint === 'integer-keys') return keys.flat(2).every((k) => Number.isInteger(k));
  if (constraint === 'distinct-mistakes') return mistakesDistinct(data);
  if (constraint === 'distinct-keys') {
    const seen = keys.map((k) => JSON.stringify(k));
    return new Set(seen).size === seen.length;
  }
  const r = evaluate(constraint, scope);
  if (!r.ok) return `${r.error} (a constraint is an expression such as 'x2 < 0', or one of ${KEY_CONSTRAINTS.join(', ')})`;
  return r.value !== 0;
}
