/**
 * A descent's function and its gradient, as trees the arithmetic walker
 * evaluates. The function is screened and parsed in the same sandbox as a
 * student's arithmetic (src/grade/arithmetic-tree.ts: an allow-list of
 * operations, no assignment, import, unit or matrix); mathjs's symbolic
 * `derivative` then gives each partial derivative. mathjs is required on
 * the first function only.
 */
import { shippedMap } from '../shipped/shipped-map.js';
import { ALLOWED_FUNCTIONS, ALLOWED_SYMBOLS, evaluateTree, type MathNodeLike } from '../grade/arithmetic-tree.js';
import loadDerivative from './load-derivative.cjs';
import type { SymbolicMath } from './symbolic-math.js';

export interface FunctionTrees {
  f: MathNodeLike;
  /** ∂f/∂v for each variable v, in the order of the variables. */
  partials: MathNodeLike[];
  /** The same, written out (mathjs's simplified form), for worked solutions. */
  partialTexts: string[];
}

export type TreesResult = { ok: true; trees: FunctionTrees } | { ok: false; error: string };

export const FUNCTION_HINT = `a function may use its variables, the given names, numbers, + - * / ^, ( ), ${Object.keys(ALLOWED_FUNCTIONS).join(', ')}, pi and e`;
const MAX_DEPTH = 20;
const CHARS = /^[0-9A-Za-z_. \t+\-*/^()]*$/;

let math: SymbolicMath | undefined;
/** Derived trees by function and variables: a template's variants share one function. */
const made = new Map<string, TreesResult>();
const MAX_MADE = 32;

export function functionTrees(text: string, variables: readonly string[], constants: readonly string[] = []): TreesResult {
  const key = treesKey(text, variables, constants);
  let r = made.get(key);
  if (!r) {
    const cached = shipped().get(key);
    r = cached ? { ok: true, trees: cached } : derive(text, variables, constants);
    if (made.size >= MAX_MADE) made.delete(made.keys().next().value!);
    made.set(key, r);
  }
  return r;
}

export function treesKey(text: string, variables: readonly string[], constants: readonly string[]): string {
  return `${variables.join(',')}|${constants.join(',')}|${text}`;
}

let shippedTrees: Map<string, FunctionTrees> | undefined;

/**
 * The trees of the bundled bank's functions, derived when the package was
 * built (dist/function-cache.json, see scripts/build.mjs): a drill or check
 * of the bundled bank then never loads mathjs's derivative, which costs
 * more than the rest of start-up. Read on the first function only.
 */
function shipped(): Map<string, FunctionTrees> {
  shippedTrees ??= shippedMap<FunctionTrees>('function-cache.json');
  return shippedTrees;
}

/** The trees as plain data (what the walker reads), so they can be kept in a file. */
function plain(n: MathNodeLike): MathNodeLike {
  const out: MathNodeLike = { type: n.type };
  if (n.type === 'ConstantNode') out.value = n.value;
  if (n.type === 'SymbolNode') out.name = n.name!;
  if (n.type === 'OperatorNode') out.op = n.op!;
  if (n.type === 'OperatorNode') out.fn = n.fn;
  if (n.type === 'FunctionNode') out.fn = plain(n.fn as MathNodeLike);
  if (n.args) out.args = n.args.map(plain);
  if (n.content) out.content = plain(n.content);
  return out;
}

/** For the build: the trees of a function, derived now, as plain data. */
export function derive(text: string, variables: readonly string[], constants: readonly string[]): TreesResult {
  const fail = (why: string): TreesResult => ({ ok: false, error: `cannot read the function '${text}': ${why}; ${FUNCTION_HINT}` });
  const problem = screen(text, new Set([...variables, ...constants, ...Object.keys(ALLOWED_FUNCTIONS), ...Object.keys(ALLOWED_SYMBOLS)]));
  if (problem) return fail(problem);
  math ??= loadDerivative();
  let tree;
  try {
    tree = lnAsLog(math, math.parse(text));
  } catch (e) {
    return fail(e instanceof Error ? e.message : 'it does not parse');
  }
  // The allow-list decides before anything else reads the tree: the values are irrelevant here.
  const names = Object.fromEntries([...variables, ...constants].map((v) => [v, 1]));
  const allowed = evaluateTree(tree as MathNodeLike, FUNCTION_HINT, names);
  if (!allowed.ok) return fail(allowed.error);
  const partials: MathNodeLike[] = [];
  const partialTexts: string[] = [];
  for (const v of variables) {
    try {
      const d = secAsCos(math, math.derivative(tree, v));
      partials.push(plain(d as MathNodeLike));
      partialTexts.push(d.toString());
    } catch (e) {
      return fail(`its derivative in ${v} cannot be taken (${e instanceof Error ? e.message : 'unknown reason'})`);
    }
  }
  return { ok: true, trees: { f: plain(tree as MathNodeLike), partials, partialTexts } };
}

/** The cheap fences, before mathjs is loaded: characters, names, nesting. */
function screen(text: string, known: ReadonlySet<string>): string | undefined {
  if (!CHARS.test(text)) return `the character '${[...text].find((c) => !CHARS.test(c)) ?? '?'}' is not allowed`;
  for (const name of text.match(/[A-Za-z_][A-Za-z_0-9]*/g) ?? []) {
    // `2e-3` puts an `e` right after a digit; that is part of a number.
    const word = /^[eE]\d+$/.test(name) ? 'e' : name;
    if (!known.has(word)) return `unknown name '${word}'`;
  }
  let depth = 0;
  for (const c of text) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth < 0 || depth > MAX_DEPTH) return depth < 0 ? "a ')' has no matching '('" : `parentheses are nested more than ${MAX_DEPTH} deep`;
  }
  return depth === 0 ? undefined : "a '(' is not closed";
}

/** Students write ln; mathjs's natural logarithm is log, the only one `derivative` knows. */
function lnAsLog(m: SymbolicMath, tree: ReturnType<SymbolicMath['parse']>): ReturnType<SymbolicMath['parse']> {
  return tree.transform((n) => (n.isFunctionNode && n.fn?.name === 'ln' ? new m.FunctionNode(new m.SymbolNode('log'), n.args ?? []) : n));
}

/** mathjs writes tan' as sec(x)^2; the walker knows cos, so sec(u) becomes 1 / cos(u). */
function secAsCos(m: SymbolicMath, tree: ReturnType<SymbolicMath['parse']>): ReturnType<SymbolicMath['parse']> {
  return tree.transform((n) =>
    n.isFunctionNode && n.fn?.name === 'sec' ? new m.OperatorNode('/', 'divide', [new m.ConstantNode(1), new m.FunctionNode(new m.SymbolNode('cos'), n.args ?? [])]) : n,
  );
}

/** f or one of its partials at a point; NaN where the walker refuses (never, after the screen above). */
export function evaluateAt(tree: MathNodeLike, scope: Readonly<Record<string, number>>): number {
  const r = evaluateTree(tree, FUNCTION_HINT, scope);
  return r.ok ? r.value : Number.NaN;
}
