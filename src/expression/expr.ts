/**
 * The small expression language of templates: numbers, names, + - * / ^,
 * parentheses, comparisons (< <= > >= == !=), `and`, `or`, `not`, and a few
 * functions. Authors write it in `derived`, `constraints` and `{{...}}`.
 * Its own parser (no mathjs): bank files are untrusted input too, and
 * `check` evaluates these thousands of times.
 */
import { activate } from '../nn/activations.js';

export type Scope = Readonly<Record<string, number>>;
export type Evaluated = { ok: true; value: number } | { ok: false; error: string };

const FUNCTIONS: Readonly<Record<string, (...a: number[]) => number>> = {
  abs: Math.abs, sqrt: Math.sqrt, exp: Math.exp, ln: Math.log, log: Math.log, log10: Math.log10,
  sin: Math.sin, cos: Math.cos, tan: Math.tan,
  min: Math.min, max: Math.max, round: Math.round, floor: Math.floor, ceil: Math.ceil,
  // The evaluator's own activations, so a template and a computed key agree.
  relu: (z) => activate('relu', z),
  /** The step activation, which is also ReLU' (ReLU'(0) = 0), as the evaluator has both. */
  step: (z) => activate('step', z),
  sigmoid: (z) => activate('sigmoid', z),
  tanh: (z) => activate('tanh', z),
};
export const TEMPLATE_FUNCTIONS = Object.keys(FUNCTIONS);

const MAX_LENGTH = 500;
const MAX_DEPTH = 40;
const TOKEN = /\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(<=|>=|==|!=|[-+*/^(),<>]))/y;

class Fail extends Error {}

type Fn = (scope: Scope) => number;
type Compiled = { ok: true; fn: Fn; names: string[] } | { ok: false; error: string };

/** Templates evaluate the same few expressions for every variant: compile each once. */
const cache = new Map<string, Compiled>();
const MAX_CACHE = 2000;

function compiledFor(text: string): Compiled {
  let c = cache.get(text);
  if (!c) {
    c = compile(text);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(text, c);
  }
  return c;
}

/** The names an expression reads; undefined if it cannot be read. */
export function namesOf(text: string): readonly string[] | undefined {
  const c = compiledFor(text);
  return c.ok ? c.names : undefined;
}

export function evaluate(text: string, scope: Scope): Evaluated {
  const compiled = compiledFor(text);
  if (!compiled.ok) return compiled;
  // Names are checked here, not by throwing mid-evaluation: templates try
  // constraints on partial scopes thousands of times.
  for (const name of compiled.names) {
    if (!Object.hasOwn(scope, name)) {
      const known = Object.keys(scope);
      return { ok: false, error: `unknown name '${name}'${known.length ? `; known: ${known.join(', ')}` : ''} in '${text}'` };
    }
  }
  try {
    const value = compiled.fn(scope);
    if (!Number.isFinite(value)) return { ok: false, error: `'${text}' does not give a finite number` };
    return { ok: true, value };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: `${e.message} in '${text}'` };
    throw e;
  }
}

function compile(text: string): Compiled {
  if (text.length > MAX_LENGTH) return { ok: false, error: `the expression is longer than ${MAX_LENGTH} characters` };
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) {
      if (text.slice(at).trim() === '') break;
      return { ok: false, error: `cannot read '${text.slice(at).trim().slice(0, 20)}' in '${text}'` };
    }
    tokens.push(m[0].trim());
  }
  let i = 0;
  let depth = 0;
  const names = new Set<string>();
  const peek = () => tokens[i];
  const take = (t?: string): string => {
    const got = tokens[i];
    if (got === undefined || (t !== undefined && got !== t)) throw new Fail(t ? `expected '${t}'${got ? ` before '${got}'` : ' at the end'}` : 'the expression ends too soon');
    i++;
    return got;
  };
  const enter = () => {
    if (++depth > MAX_DEPTH) throw new Fail(`nested more than ${MAX_DEPTH} deep`);
  };
  const truth = (b: boolean) => (b ? 1 : 0);
  const binary = (next: () => Fn, ops: Record<string, (a: number, b: number) => number>): Fn => {
    let f = next();
    for (let op = peek(); op !== undefined && Object.hasOwn(ops, op); op = peek()) {
      take();
      const [l, r, apply] = [f, next(), ops[op]!];
      f = (s) => apply(l(s), r(s));
    }
    return f;
  };
  const or = (): Fn => binary(and, { or: (a, b) => truth(a !== 0 || b !== 0) });
  const and = (): Fn => binary(not, { and: (a, b) => truth(a !== 0 && b !== 0) });
  const not = (): Fn => {
    if (peek() !== 'not') return compare();
    take();
    const f = not();
    return (s) => truth(f(s) === 0);
  };
  const COMPARE: Record<string, (a: number, b: number) => number> = {
    '<': (a, b) => truth(a < b), '<=': (a, b) => truth(a <= b), '>': (a, b) => truth(a > b),
    '>=': (a, b) => truth(a >= b), '==': (a, b) => truth(a === b), '!=': (a, b) => truth(a !== b),
  };
  const compare = (): Fn => {
    const l = sum();
    const op = peek();
    if (op === undefined || !Object.hasOwn(COMPARE, op)) return l;
    take();
    const [r, apply] = [sum(), COMPARE[op]!];
    return (s) => apply(l(s), r(s));
  };
  const sum = (): Fn => binary(product, { '+': (a, b) => a + b, '-': (a, b) => a - b });
  const product = (): Fn => binary(unary, { '*': (a, b) => a * b, '/': (a, b) => a / b });
  const unary = (): Fn => {
    if (peek() === '-') { take(); enter(); const f = unary(); depth--; return (s) => -f(s); }
    if (peek() === '+') { take(); return unary(); }
    return power();
  };
  const power = (): Fn => {
    const base = atom();
    if (peek() !== '^') return base;
    take();
    enter();
    const exp = unary(); // right-associative, and 2^-1 reads as 2^(-1)
    depth--;
    return (s) => base(s) ** exp(s);
  };
  const atom = (): Fn => {
    const t = take();
    if (t === '(') { enter(); const f = or(); take(')'); depth--; return f; }
    if (/^[\d.]/.test(t)) { const v = Number(t); return () => v; }
    if (/^[A-Za-z_]/.test(t)) {
      if (peek() === '(') {
        const fn = Object.hasOwn(FUNCTIONS, t) ? FUNCTIONS[t] : undefined;
        if (!fn) throw new Fail(`unknown function '${t}'; known: ${TEMPLATE_FUNCTIONS.join(', ')}`);
        take('(');
        enter();
        const args = [or()];
        while (peek() === ',') { take(); args.push(or()); }
        take(')');
        depth--;
        return (s) => fn(...args.map((a) => a(s)));
      }
      names.add(t);
      return (s) => s[t]!;
    }
    throw new Fail(`unexpected '${t}'`);
  };
  try {
    if (tokens.length === 0) return { ok: false, error: 'the expression is empty' };
    const fn = or();
    if (i < tokens.length) throw new Fail(`unexpected '${tokens[i]}'`);
    return { ok: true, fn, names: [...names] };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: `${e.message} in '${text}'` };
    throw e;
  }
}
