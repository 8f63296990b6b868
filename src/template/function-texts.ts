/**
 * For the build's cache of derivatives (scripts/build.mjs): the texts a
 * bank problem's descent function can take. A fixed function is one text;
 * a template's function written with {{...}} is one text per value of the
 * parameters it reads, when each of them is drawn from a few values (a
 * choice, or a short whole range). Otherwise none is known ahead, and each
 * variant's function is derived when drawn, as before.
 */
import { namesOf } from '../expression/expr.js';
import { filledText, textExpressions } from './substitute.js';

/** Texts enough for any bank's few-valued parameters; past it, derive when drawn. */
const MAX_TEXTS = 64;
const MAX_RANGE = 32;

type Spec = { choice?: unknown; int?: unknown; not?: unknown };

export function functionTexts(text: string, params: unknown): string[] {
  if (!text.includes('{{')) return [text];
  const names = new Set<string>();
  for (const expr of textExpressions(text)) {
    const read = namesOf(expr);
    if (!read) return [];
    for (const name of read) names.add(name);
  }
  let scopes: Record<string, number>[] = [{}];
  for (const name of names) {
    const spec = (params as Record<string, Spec> | undefined)?.[name];
    const values = spec && Object.hasOwn(params as object, name) ? valuesOf(spec) : undefined;
    if (!values || scopes.length * values.length > MAX_TEXTS) return [];
    scopes = scopes.flatMap((scope) => values.map((v) => ({ ...scope, [name]: v })));
  }
  return [...new Set(scopes.map((scope) => filledText(text, scope)).filter((t): t is string => t !== undefined))];
}

/** Every value a parameter can be drawn as, when there are few; undefined otherwise. */
function valuesOf(spec: Spec): number[] | undefined {
  if (Array.isArray(spec.choice) && spec.choice.every((v) => typeof v === 'number')) return spec.choice as number[];
  const range = spec.int;
  if (!Array.isArray(range) || range.length !== 2 || !range.every((v) => typeof v === 'number' && Number.isFinite(v))) return undefined;
  const [lo, hi] = [Math.ceil(Math.min(...(range as number[]))), Math.floor(Math.max(...(range as number[])))];
  if (hi - lo + 1 > MAX_RANGE) return undefined;
  const not = Array.isArray(spec.not) ? (spec.not as unknown[]) : [];
  return Array.from({ length: hi - lo + 1 }, (_, k) => lo + k).filter((v) => !not.includes(v));
}
