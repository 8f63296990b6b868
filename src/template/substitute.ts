import { formatNumber } from '../grade/format.js';
import { evaluate, type Scope } from './expr.js';

export type Path = (string | number)[];
/** `numbers`: the values written `=expr` and where, in document order (see signature.ts). */
export type Substituted = { ok: true; value: unknown; numbers: { path: Path; value: number }[] } | { ok: false; path: Path; error: string };

/** Where a whole value written `=expr` becomes a number. */
const DATA_KEYS = new Set(['network', 'descent', 'given', 'figure', 'answer', 'compute', 'tolerance']);
/** What belongs to the template itself and is never substituted. */
const TEMPLATE_KEYS = new Set(['params', 'derived', 'constraints', 'pinned']);

/**
 * Puts a variant's values into a problem: `=expr` in data becomes a number,
 * `{{expr}}` in text becomes the number written out. Returns a new object.
 */
export function substitute(problem: unknown, scope: Scope, opts: { texts?: boolean } = {}): Substituted {
  try {
    const numbers: { path: Path; value: number }[] = [];
    return { ok: true, value: walk(problem, scope, [], false, numbers, opts.texts ?? true), numbers };
  } catch (e) {
    if (e instanceof SubstitutionError) return { ok: false, path: e.path, error: e.message };
    throw e;
  }
}

class SubstitutionError extends Error {
  constructor(readonly path: Path, message: string) {
    super(message);
  }
}

/**
 * The texts of a problem substituted with `texts: false`: a draw that may
 * yet be redrawn needs only its numbers, and its prose is written once kept.
 */
export function fillTexts(sub: Substituted, scope: Scope): Substituted {
  if (!sub.ok) return sub;
  const filled = substitute(sub.value, scope);
  return filled.ok ? { ...filled, numbers: sub.numbers } : filled;
}

function walk(node: unknown, scope: Scope, path: Path, data: boolean, numbers: { path: Path; value: number }[], texts: boolean): unknown {
  if (typeof node === 'string') {
    if (!(data && node.startsWith('='))) return texts ? text(node, scope, path) : node;
    const v = value(node.slice(1), scope, path);
    numbers.push({ path, value: v });
    return v;
  }
  if (Array.isArray(node)) return node.map((item, i) => walk(item, scope, [...path, i], data, numbers, texts));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node)) {
    out[key] = path.length === 0 && TEMPLATE_KEYS.has(key) ? child : walk(child, scope, [...path, key], data || DATA_KEYS.has(key), numbers, texts);
  }
  return out;
}

function value(expr: string, scope: Scope, path: Path): number {
  const r = evaluate(expr, scope);
  if (!r.ok) throw new SubstitutionError(path, r.error);
  return r.value;
}

function text(s: string, scope: Scope, path: Path): string {
  return s.replace(/\{\{([^{}]*)\}\}/g, (_, expr: string) => formatNumber(value(expr, scope, path)));
}
