import { formatNumber } from '../grade/format.js';
import { evaluate, type Scope } from '../expression/expr.js';
import { Recent } from './recent.js';

export type Path = (string | number)[];
/** A value written `=expr`, and where (see signature.ts). */
export interface NumberAt {
  path: Path;
  value: number;
}
/** A text with `{{expr}}` in it: where it sits, and its pieces (literal, expression, literal, ...). */
interface TextSlot {
  path: Path;
  pieces: string[];
}
/**
 * `numbers`: the values written `=expr`, in document order. `unfilled`: the
 * texts left as written by `texts: false`, for `fillTexts`.
 */
export type Substituted = { ok: true; value: unknown; numbers: NumberAt[]; unfilled: TextSlot[] } | { ok: false; path: Path; error: string };

/** Where a whole value written `=expr` becomes a number. */
const DATA_KEYS = new Set(['network', 'descent', 'given', 'figure', 'answer', 'compute', 'tolerance']);
/** What belongs to the template itself and is never substituted. */
const TEMPLATE_KEYS = new Set(['params', 'derived', 'constraints', 'pinned']);
/** `{{expr}}` in text; the capture is the expression. */
const TEXT_EXPR = /\{\{([^{}]*)\}\}/;

/** The rules `plan` and `substitutes` share: a number in data, a child's place, the template's own keys. */
const isNumberExpr = (s: string, data: boolean): boolean => data && s.startsWith('=');
const inData = (key: string, data: boolean): boolean => data || DATA_KEYS.has(key);
const isTemplateKey = (key: string, root: boolean): boolean => root && TEMPLATE_KEYS.has(key);

interface Context {
  numbers: NumberAt[];
  texts: boolean;
  unfilled: TextSlot[];
}
/** Builds one substituted copy of a node: new objects and arrays every time, so a variant may be changed freely. */
type Build = (scope: Scope, ctx: Context) => unknown;

/**
 * A template is substituted hundreds of times by `check`: where its
 * expressions sit is found once per template, not on every draw.
 */
const plans = new Recent<object, Build>();

/**
 * Puts a variant's values into a problem: `=expr` in data becomes a number,
 * `{{expr}}` in text becomes the number written out. Returns a new object.
 */
export function substitute(problem: unknown, scope: Scope, opts: { texts?: boolean } = {}): Substituted {
  const build = typeof problem === 'object' && problem !== null ? plans.get(problem, (p) => plan(p, [], false)) : plan(problem, [], false);
  return run(build, scope, opts.texts ?? true);
}

/**
 * For a problem substituted once (one without parameters): the problem
 * itself when nothing in it is written `=expr` or `{{expr}}` (the caller
 * validates it, which copies), else a substituted copy. Nothing is
 * remembered, so a bank of thousands of fixed problems keeps no plans.
 */
export function substituteOnce(problem: unknown, scope: Scope): Substituted {
  if (!substitutes(problem, true, false)) return { ok: true, value: problem, numbers: [], unfilled: [] };
  return run(plan(problem, [], false), scope, true);
}

function run(build: Build, scope: Scope, texts: boolean): Substituted {
  const ctx: Context = { numbers: [], texts, unfilled: [] };
  try {
    return { ok: true, value: build(scope, ctx), numbers: ctx.numbers, unfilled: ctx.unfilled };
  } catch (e) {
    if (e instanceof SubstitutionError) return { ok: false, path: e.path, error: e.message };
    throw e;
  }
}

/** Whether a node holds anything to substitute; the same rules as `plan`. */
function substitutes(node: unknown, root: boolean, data: boolean): boolean {
  if (typeof node === 'string') return isNumberExpr(node, data) || (node.includes('{{') && TEXT_EXPR.test(node));
  if (Array.isArray(node)) return node.some((item) => substitutes(item, false, data));
  if (node === null || typeof node !== 'object') return false;
  return Object.entries(node).some(([key, child]) => !isTemplateKey(key, root) && substitutes(child, false, inData(key, data)));
}

/**
 * Writes the texts that `texts: false` left as they were: a draw that may
 * yet be redrawn needs only its numbers, and its prose is written once kept.
 * The draw's own objects are not changed: each object on the way to a text
 * is copied (once), so what was computed from the draw's objects (a key,
 * remembered by them) still describes them.
 */
export function fillTexts(sub: Substituted, scope: Scope): Substituted {
  if (!sub.ok || sub.unfilled.length === 0) return sub;
  try {
    const copies = new Set<object>();
    const own = (node: object): Record<string | number, unknown> => {
      if (copies.has(node)) return node as Record<string | number, unknown>;
      const copy = Array.isArray(node) ? [...(node as unknown[])] : { ...node };
      copies.add(copy);
      return copy as Record<string | number, unknown>;
    };
    const root = own(sub.value as object);
    for (const slot of sub.unfilled) {
      let parent = root;
      for (const key of slot.path.slice(0, -1)) {
        const child = own(parent[key] as object);
        set(parent, key, child);
        parent = child;
      }
      set(parent, slot.path.at(-1)!, fill(slot, scope));
    }
    return { ...sub, value: root, unfilled: [] };
  } catch (e) {
    if (e instanceof SubstitutionError) return { ok: false, path: e.path, error: e.message };
    throw e;
  }
}

/**
 * `__proto__` is defined, not assigned: an assigned one would set the
 * object's prototype (see bank/proto-keys.ts). Any other key of these plain
 * objects is assigned, which does the same and costs far less.
 */
function set(node: Record<string | number, unknown>, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  else node[key] = value;
}

class SubstitutionError extends Error {
  constructor(readonly path: Path, message: string) {
    super(message);
  }
}

function plan(node: unknown, path: Path, data: boolean): Build {
  if (typeof node === 'string') {
    if (isNumberExpr(node, data)) {
      const expr = node.slice(1);
      return (scope, ctx) => {
        const v = value(expr, scope, path);
        ctx.numbers.push({ path, value: v });
        return v;
      };
    }
    const pieces = node.split(TEXT_EXPR);
    if (pieces.length === 1) return () => node;
    const slot: TextSlot = { path, pieces };
    return (scope, ctx) => {
      if (ctx.texts) return fill(slot, scope);
      ctx.unfilled.push(slot);
      return node;
    };
  }
  if (Array.isArray(node)) {
    const items = node.map((item, i) => plan(item, [...path, i], data));
    return (scope, ctx) => items.map((build) => build(scope, ctx));
  }
  if (node === null || typeof node !== 'object') return () => node;
  const entries = Object.entries(node).map(([key, child]): [string, Build] => [
    key,
    isTemplateKey(key, path.length === 0) ? () => child : plan(child, [...path, key], inData(key, data)),
  ]);
  return (scope, ctx) => {
    const out: Record<string, unknown> = {};
    for (const [key, build] of entries) set(out, key, build(scope, ctx));
    return out;
  };
}

/** A text with each `{{expr}}` written out as a variant writes it; undefined if one cannot be evaluated. */
export function filledText(text: string, scope: Scope): string | undefined {
  try {
    return fill({ path: [], pieces: text.split(TEXT_EXPR) }, scope);
  } catch (e) {
    if (e instanceof SubstitutionError) return undefined;
    throw e;
  }
}

/** The `{{expr}}` expressions in a text, in order. */
export function textExpressions(text: string): string[] {
  return text.split(TEXT_EXPR).filter((_, i) => i % 2 === 1);
}

function fill(slot: TextSlot, scope: Scope): string {
  let out = slot.pieces[0]!;
  for (let i = 1; i < slot.pieces.length; i += 2) out += formatNumber(value(slot.pieces[i]!, scope, slot.path)) + slot.pieces[i + 1]!;
  return out;
}

function value(expr: string, scope: Scope, path: Path): number {
  const r = evaluate(expr, scope);
  if (!r.ok) throw new SubstitutionError(path, r.error);
  return r.value;
}
