/**
 * The small expression language of templates: numbers, names, + - * / ^,
 * parentheses, comparisons (< <= > >= == !=), `and`, `or`, `not`, and a few
 * functions. Authors write it in `derived`, `constraints` and `{{...}}`.
 * Its own parser (no mathjs): bank files are untrusted input too, and
 * `check` evaluates these thousands of times.
 */
export type Scope = Readonly<Record<string, number>>;
export type Evaluated = { ok: true; value: number } | { ok: false; error: string };

const FUNCTIONS: Readonly<Record<string, (...a: number[]) => number>> = {
  abs: Math.abs, sqrt: Math.sqrt, exp: Math.exp, ln: Math.log, log: Math.log,
  min: Math.min, max: Math.max, round: Math.round, floor: Math.floor, ceil: Math.ceil,
  relu: (z) => Math.max(0, z),
  /** The ReLU's derivative with ReLU'(0) = 0, as the evaluator has it. */
  step: (z) => (z > 0 ? 1 : 0),
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  tanh: Math.tanh,
};
export const TEMPLATE_FUNCTIONS = Object.keys(FUNCTIONS);

const MAX_LENGTH = 500;
const MAX_DEPTH = 40;
const TOKEN = /\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(<=|>=|==|!=|[-+*/^(),<>]))/y;

class Fail extends Error {}

export function evaluate(text: string, scope: Scope): Evaluated {
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
  const or = (): number => { let v = and(); while (peek() === 'or') { take(); const r = and(); v = truth(v !== 0 || r !== 0); } return v; };
  const and = (): number => { let v = not(); while (peek() === 'and') { take(); const r = not(); v = truth(v !== 0 && r !== 0); } return v; };
  const not = (): number => (peek() === 'not' ? (take(), truth(not() === 0)) : compare());
  const compare = (): number => {
    const l = sum();
    const op = peek();
    if (op === '<' || op === '<=' || op === '>' || op === '>=' || op === '==' || op === '!=') {
      take();
      const r = sum();
      return truth(op === '<' ? l < r : op === '<=' ? l <= r : op === '>' ? l > r : op === '>=' ? l >= r : op === '==' ? l === r : l !== r);
    }
    return l;
  };
  const sum = (): number => { let v = product(); for (let op = peek(); op === '+' || op === '-'; op = peek()) { take(); const r = product(); v = op === '+' ? v + r : v - r; } return v; };
  const product = (): number => { let v = unary(); for (let op = peek(); op === '*' || op === '/'; op = peek()) { take(); const r = unary(); v = op === '*' ? v * r : v / r; } return v; };
  const unary = (): number => {
    if (peek() === '-') { take(); enter(); const v = -unary(); depth--; return v; }
    if (peek() === '+') { take(); return unary(); }
    return power();
  };
  const power = (): number => {
    const base = atom();
    if (peek() !== '^') return base;
    take();
    enter();
    const exp = unary(); // right-associative, and 2^-1 reads as 2^(-1)
    depth--;
    return base ** exp;
  };
  const atom = (): number => {
    const t = take();
    if (t === '(') { enter(); const v = or(); take(')'); depth--; return v; }
    if (/^[\d.]/.test(t)) return Number(t);
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
        return fn(...args);
      }
      if (!Object.hasOwn(scope, t)) throw new Fail(`unknown name '${t}'${Object.keys(scope).length ? `; known: ${Object.keys(scope).join(', ')}` : ''}`);
      return scope[t]!;
    }
    throw new Fail(`unexpected '${t}'`);
  };
  try {
    if (tokens.length === 0) return { ok: false, error: 'the expression is empty' };
    const value = or();
    if (i < tokens.length) throw new Fail(`unexpected '${tokens[i]}'`);
    if (!Number.isFinite(value)) return { ok: false, error: `'${text}' does not give a finite number` };
    return { ok: true, value };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: `${e.message} in '${text}'` };
    throw e;
  }
}
