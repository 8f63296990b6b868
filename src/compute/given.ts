import { evaluate, namesOf } from '../expression/expr.js';

/** Constants an author's expression may use, unless the problem gives a number of the same name. */
const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

/** Values of the problem's network an expression may read, and their names in brief for messages. */
export interface NetworkScope {
  values: Record<string, number>;
  summary: string;
}

/**
 * Evaluates an author's expression over a problem's `given` numbers and
 * its network's trace (compute/trace-names.ts), in the template expression
 * language (expression/expr.ts): the names are bound in a scope, not
 * pasted into text, so the expression is read once and is not held to the
 * bounds of a student's typed answer. A given name (or pi, e) wins over a network
 * value of the same name: the author wrote it on purpose.
 */
export function evaluateWith(expr: string, given: Record<string, number>, networkOf?: () => NetworkScope | undefined): { ok: true; value: number } | { ok: false; error: string } {
  const local = { ...CONSTANTS, ...given };
  // The trace's names are built only for an expression that reads one: templates evaluate thousands of the others.
  const network = namesOf(expr)?.some((name) => !Object.hasOwn(local, name)) ? networkOf?.() : undefined;
  const scope = { ...network?.values, ...local };
  const names = Object.keys(given);
  const givenText = names.length ? `the given names are ${names.join(', ')}` : 'the problem has no given names';
  const known = `; ${givenText}${network ? `; the network's values are ${network.summary || 'none'}` : ''}`;
  const unknown = namesOf(expr)?.find((name) => !Object.hasOwn(scope, name));
  if (unknown !== undefined) return { ok: false, error: `cannot evaluate '${expr}': unknown name "${unknown}"${known}` };
  const r = evaluate(expr, scope);
  return r.ok ? r : { ok: false, error: `cannot evaluate '${expr}': ${r.error}${known}` };
}
