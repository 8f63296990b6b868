import { evaluate, namesOf } from '../expression/expr.js';

/** Constants an author's expression may use, unless the problem gives a number of the same name. */
const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

/**
 * Evaluates an author's expression over a problem's `given` numbers, in the
 * template expression language (templates/expr.ts): the names are bound in
 * a scope, not pasted into text, so the expression is read once and is not
 * held to the bounds of a student's typed answer.
 */
export function evaluateWith(expr: string, given: Record<string, number>): { ok: true; value: number } | { ok: false; error: string } {
  const scope = { ...CONSTANTS, ...given };
  const names = Object.keys(given);
  const known = names.length ? `; the given names are ${names.join(', ')}` : '; the problem has no given names';
  const unknown = namesOf(expr)?.find((name) => !Object.hasOwn(scope, name));
  if (unknown !== undefined) return { ok: false, error: `cannot evaluate '${expr}': unknown name "${unknown}"${known}` };
  const r = evaluate(expr, scope);
  return r.ok ? r : { ok: false, error: `cannot evaluate '${expr}': ${r.error}${known}` };
}
