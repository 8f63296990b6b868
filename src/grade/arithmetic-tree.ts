/**
 * The allow-list walker over a mathjs parse tree. mathjs only parses; this
 * file decides what is allowed and computes the value itself, so nothing a
 * student types ever reaches mathjs's own evaluate (no units, matrices,
 * ranges, assignments or function definitions: see DEPENDENCIES.md).
 */
import { parsedError, parsedOk, type Parsed } from '../answer/parsed.js';

/** The shape of a mathjs node that the walker reads; anything else is refused. */
export interface MathNodeLike {
  type: string;
  value?: unknown;
  name?: string;
  op?: string;
  fn?: unknown;
  args?: MathNodeLike[];
  content?: MathNodeLike;
}

export const ALLOWED_FUNCTIONS: Readonly<Record<string, (x: number) => number>> = {
  sqrt: Math.sqrt,
  abs: Math.abs,
  exp: Math.exp,
  log: Math.log,
  ln: Math.log,
  log10: Math.log10,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
};

export const ALLOWED_SYMBOLS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

const BINARY: Readonly<Record<string, (a: number, b: number) => number>> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: (a, b) => a ** b,
};

const UNARY: Readonly<Record<string, (a: number) => number>> = {
  unaryMinus: (a) => -a,
  unaryPlus: (a) => a,
};

const has = (table: object, key: unknown): key is string =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key);

/**
 * Check and compute in one pass: every node is checked against the
 * allow-list before its value is used, so a refused node stops the walk.
 */
export function evaluateTree(node: MathNodeLike, hint: string, scope?: Readonly<Record<string, number>>): Parsed<number> {
  const refuse = (what: string): Parsed<number> => parsedError(`${what} is not allowed here`, hint);
  switch (node.type) {
    case 'ConstantNode':
      return typeof node.value === 'number' ? parsedOk(node.value) : refuse('a text or other non-number value');
    case 'ParenthesisNode':
      return node.content ? evaluateTree(node.content, hint, scope) : refuse('empty parentheses');
    case 'SymbolNode': {
      // A descent's variables (the scope) are values the author names; they shadow nothing, refine.ts sees to that.
      const value = scope && has(scope, node.name) ? scope[node.name] : has(ALLOWED_SYMBOLS, node.name) ? ALLOWED_SYMBOLS[node.name] : undefined;
      return value !== undefined ? parsedOk(value) : refuse(`the name "${String(node.name)}"`);
    }
    case 'OperatorNode':
      return evaluateOperator(node, hint, refuse, scope);
    case 'FunctionNode':
      return evaluateFunction(node, hint, refuse, scope);
    default:
      return refuse('this kind of expression');
  }
}

function evaluateOperator(
  node: MathNodeLike,
  hint: string,
  refuse: (what: string) => Parsed<number>,
  scope?: Readonly<Record<string, number>>,
): Parsed<number> {
  const binary = has(BINARY, node.fn) ? BINARY[node.fn] : undefined;
  const unary = has(UNARY, node.fn) ? UNARY[node.fn] : undefined;
  if (!binary && !unary) return refuse(`the operator "${String(node.op)}"`);
  const args = evaluateArgs(node.args ?? [], hint, scope);
  if (!args.ok) return args;
  const [a, b] = args.value;
  if (binary && args.value.length === 2 && a !== undefined && b !== undefined) return parsedOk(binary(a, b));
  if (unary && args.value.length === 1 && a !== undefined) return parsedOk(unary(a));
  return refuse(`the operator "${String(node.op)}"`);
}

function evaluateFunction(
  node: MathNodeLike,
  hint: string,
  refuse: (what: string) => Parsed<number>,
  scope?: Readonly<Record<string, number>>,
): Parsed<number> {
  const fn = node.fn as MathNodeLike | undefined;
  // `cos.constructor(...)` and the like arrive as an AccessorNode in `fn`.
  if (!fn || fn.type !== 'SymbolNode' || !has(ALLOWED_FUNCTIONS, fn.name)) {
    return refuse(`the function "${String(fn?.name ?? node.name ?? '?')}"`);
  }
  const f = ALLOWED_FUNCTIONS[fn.name];
  const args = evaluateArgs(node.args ?? [], hint, scope);
  if (!args.ok) return args;
  const [x] = args.value;
  if (args.value.length !== 1 || x === undefined || !f) {
    return parsedError(`${fn.name} takes exactly one argument`, hint);
  }
  return parsedOk(f(x));
}

function evaluateArgs(args: MathNodeLike[], hint: string, scope?: Readonly<Record<string, number>>): Parsed<number[]> {
  const values: number[] = [];
  for (const arg of args) {
    const v = evaluateTree(arg, hint, scope);
    if (!v.ok) return v;
    values.push(v.value);
  }
  return parsedOk(values);
}
