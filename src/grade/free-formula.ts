/**
 * Formulas in a problem's declared symbols (`symbols: [alpha, { eta:
 * positive }]`) rather than a network's: `alpha^2 eta / 2`, `e^(-alpha)`,
 * `sqrt(eta) ln(alpha)`. Read in the same sandbox as arithmetic (mathjs
 * parses, the allow-list walker computes), with the symbols as the only
 * names besides e, pi and the functions; two formulas are the same answer
 * when they agree at many random values of the symbols.
 */
import { loadMathParse } from './arithmetic.js';
import { ALLOWED_FUNCTIONS, ALLOWED_SYMBOLS, evaluateTree, type MathNodeLike } from './arithmetic-tree.js';
import { parsedError, parsedOk, quote, type Parsed } from '../answer/parsed.js';
import { seeded } from '../random/prng.js';
import { GREEK } from '../formula/greek.js';
import type { DeclaredSymbol } from '../nn/types.js';

export const MAX_FREE_LENGTH = 200;
const MAX_DEPTH = 20;
/** Random points a free formula is compared at, and how many must be defined. */
export const FREE_POINTS = 24;
const MIN_DEFINED = 8;
const SEED = 0x5eed17;

const COMMANDS = new Set([...Object.values(GREEK), ...Object.keys(ALLOWED_FUNCTIONS), 'pi']);

/** The symbols, in words, for hints and for `?`. */
export function describeSymbols(symbols: readonly DeclaredSymbol[]): string {
  return symbols.map((s) => (s.positive ? `${s.name} (> 0)` : s.name)).join(', ');
}

export function freeHint(symbols: readonly DeclaredSymbol[]): string {
  return `a formula in ${describeSymbols(symbols)}, with numbers, + - * / ^, ( ), e, pi, ${Object.keys(ALLOWED_FUNCTIONS).join(', ')}`;
}

export function freeHelp(symbols: readonly DeclaredSymbol[]): string {
  return [
    `Type a formula in this problem's symbols: ${describeSymbols(symbols)}.`,
    `Use numbers, + - * / ^, ( ), e, pi and ${Object.keys(ALLOWED_FUNCTIONS).join(', ')}; a product may leave out the *.`,
    'Greek letters may be typed as letters (α), LaTeX (\\alpha) or names (alpha);',
    '\\frac{a}{b}, \\sqrt{x}, \\cdot and e^{x} are read as usual.',
  ].join('\n');
}

/** LaTeX and Unicode spellings to the plain one mathjs reads. */
export function plainFormula(text: string): string {
  let t = text;
  for (const [letter, name] of Object.entries(GREEK)) t = t.split(letter).join(` ${name} `);
  t = t.replace(/\\([A-Za-z]+)/g, (m, name: string) => (COMMANDS.has(name) ? ` ${name} ` : name === 'cdot' || name === 'times' ? '*' : m));
  t = t.replace(/[·×]/g, '*').replace(/\u2212/g, '-').replace(/\\left|\\right|\\[,;!]/g, ' ');
  // \frac{a}{b} as ((a)/(b)); then any other braces are brackets.
  return expandFracs(t).replace(/\{/g, '(').replace(/\}/g, ')');
}

function expandFracs(t: string, depth = 0): string {
  let out = '';
  let i = 0;
  while (i < t.length) {
    const frac = /^\\[dt]?frac\s*/.exec(t.slice(i));
    const a = frac && depth < MAX_DEPTH ? group(t, i + frac[0].length) : undefined;
    const b = a && group(t, a.end + (/^\s*/.exec(t.slice(a.end))?.[0].length ?? 0));
    if (!frac || !a || !b) {
      out += t[i];
      i++;
      continue;
    }
    out += `((${expandFracs(a.inner, depth + 1)})/(${expandFracs(b.inner, depth + 1)}))`;
    i = b.end;
  }
  return out;
}

/** The balanced {...} starting at i: its inside and where it ends. */
function group(t: string, i: number): { inner: string; end: number } | undefined {
  if (t[i] !== '{') return undefined;
  let depth = 0;
  for (let k = i; k < t.length; k++) {
    depth += t[k] === '{' ? 1 : t[k] === '}' ? -1 : 0;
    if (depth === 0) return { inner: t.slice(i + 1, k), end: k + 1 };
  }
  return undefined;
}

const CHARS = /^[0-9A-Za-z_. \t+\-*/^()]*$/;

/** Reads a formula over the symbols, or says why not (a format error, never a wrong mark). */
export function parseFree(text: string, symbols: readonly DeclaredSymbol[]): Parsed<MathNodeLike> {
  const hint = freeHint(symbols);
  const fail = (why: string): Parsed<MathNodeLike> => parsedError(`${quote(text)} is not a formula here: ${why}`, hint);
  if (text.length > MAX_FREE_LENGTH) return fail(`it is longer than ${MAX_FREE_LENGTH} characters`);
  if (text.trim() === '') return fail('it is empty');
  const plain = plainFormula(text);
  if (!CHARS.test(plain)) return fail(`the character ${quote([...plain].find((c) => !CHARS.test(c)) ?? '?')} is not allowed`);
  const known = new Set([...symbols.map((s) => s.name), ...Object.keys(ALLOWED_FUNCTIONS), ...Object.keys(ALLOWED_SYMBOLS)]);
  for (const name of plain.match(/[A-Za-z_][A-Za-z_0-9]*/g) ?? []) {
    const word = /^[eE]\d+$/.test(name) ? 'e' : name;
    if (!known.has(word)) return fail(`unknown name ${quote(word)}; the symbols are ${describeSymbols(symbols)}`);
  }
  let depth = 0;
  for (const c of plain) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth < 0 || depth > MAX_DEPTH) return fail(depth < 0 ? 'a ")" has no matching "("' : `brackets are nested more than ${MAX_DEPTH} deep`);
  }
  if (depth !== 0) return fail('a "(" is not closed');
  let tree: MathNodeLike;
  try {
    tree = loadMathParse()(plain);
  } catch (e) {
    return fail(e instanceof Error ? e.message : 'it cannot be read');
  }
  const allowed = evaluateTree(tree, hint, Object.fromEntries(symbols.map((s) => [s.name, 1])));
  return allowed.ok ? parsedOk(tree) : fail(allowed.error);
}

/** The values of the symbols at the random points; the same on every machine. */
function points(symbols: readonly DeclaredSymbol[]): Record<string, number>[] {
  const random = seeded(SEED);
  return Array.from({ length: FREE_POINTS }, () => Object.fromEntries(symbols.map((s) => [s.name, s.positive ? 0.1 + 2.9 * random() : -3 + 6 * random()])));
}

/**
 * Whether `answer` equals `key` wherever the key is defined, at the random
 * points (at least 8 of which must be in the key's domain). Tolerance as
 * for a number: 1e-9 relative.
 */
export function freeFormulasAgree(key: MathNodeLike, answer: MathNodeLike, symbols: readonly DeclaredSymbol[]): boolean {
  let defined = 0;
  for (const scope of points(symbols)) {
    const k = evaluateTree(key, '', scope);
    if (!k.ok || !Number.isFinite(k.value)) continue;
    defined++;
    const a = evaluateTree(answer, '', scope);
    if (!a.ok || !Number.isFinite(a.value)) return false;
    if (Math.abs(a.value - k.value) > Math.max(1e-12, 1e-9 * Math.max(Math.abs(a.value), Math.abs(k.value)))) return false;
  }
  return defined >= MIN_DEFINED;
}

/** For self-tests: a formula that reads but is never equal to the key. */
export function freeDefinedPoints(key: MathNodeLike, symbols: readonly DeclaredSymbol[]): number {
  return points(symbols).filter((scope) => {
    const k = evaluateTree(key, '', scope);
    return k.ok && Number.isFinite(k.value);
  }).length;
}
export { MIN_DEFINED as FREE_MIN_DEFINED };
