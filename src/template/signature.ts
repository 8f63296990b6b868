import type * as z from 'zod/mini';
import { refineProblem } from '../schema/refine.js';
import type { ProblemData } from '../schema/problem.js';
import { MAX_NODES } from '../schema/data.js';

/**
 * `check` validates hundreds of variants of each template. Variants differ
 * only where the template writes `=expr` (numbers) and `{{expr}}` (text),
 * so what the schema can say about a variant depends only on the class of
 * each such number against the schema's numeric rules: whole or not, its
 * sign, and whether it is over MAX_NODES, where the schema has such rules
 * (CONSTRAINED); elsewhere any finite number will do. Variants whose numbers fall in the
 * same classes as one the schema accepted need not go through it again;
 * the checks between fields (shapes, indices) are run on every variant.
 * A new numeric rule in the schema (src/schema/) belongs in `classOf`
 * and its key in CONSTRAINED.
 */
function classOf(v: number): string {
  if (!Number.isInteger(v)) return 'f';
  if (v < 0) return '-';
  if (v === 0) return '0';
  return v > MAX_NODES ? 'L' : '+';
}

/** Where the schema asks more of a number than being finite (whole, positive, bounded). */
const CONSTRAINED = new Set(['layers', 'batch', 'tolerance', 'compute', 'figure']);

export function signature(numbers: { path: readonly (string | number)[]; value: number }[]): string {
  return numbers.map((n) => (n.path.some((k) => typeof k === 'string' && CONSTRAINED.has(k)) ? classOf(n.value) : '*')).join('');
}

const accepted = new WeakMap<object, Set<string>>();

export function isKnownGood(template: object, sig: string): boolean {
  return accepted.get(template)?.has(sig) ?? false;
}

export function rememberGood(template: object, sig: string): void {
  let set = accepted.get(template);
  if (!set) accepted.set(template, (set = new Set()));
  set.add(sig);
}

/** The checks between fields, without the schema: true when they all hold. */
export function crossChecksHold(data: ProblemData): boolean {
  let ok = true;
  refineProblem(data, { addIssue: () => void (ok = false) } as unknown as z.core.$RefinementCtx);
  return ok;
}
