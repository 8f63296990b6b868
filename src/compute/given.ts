import { evaluateArithmetic } from '../grade/arithmetic.js';

/**
 * Evaluates an author's expression over a problem's `given` numbers, in the
 * same sandbox that reads students' answers. Names are identifiers and values
 * finite numbers (both validated), so substituting them textually is exact.
 */
export function evaluateWith(expr: string, given: Record<string, number>): { ok: true; value: number } | { ok: false; error: string } {
  const names = Object.keys(given).sort((a, b) => b.length - a.length);
  const text = names.length
    ? expr.replace(new RegExp(`\\b(${names.join('|')})\\b`, 'g'), (name) => `(${String(given[name])})`)
    : expr;
  const r = evaluateArithmetic(text);
  if (r.ok) return { ok: true, value: r.value };
  const known = names.length ? `; the given names are ${names.join(', ')}` : '; the problem has no given names';
  return { ok: false, error: `cannot evaluate '${expr}': ${r.error}${known}` };
}
