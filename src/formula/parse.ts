/**
 * The two entry points for typed text: a formula (a student's answer or a
 * key) and a claim (`dH/dS = formula`, an author's). Untrusted text is
 * fenced as in grade/arithmetic.ts: its length is bounded before anything
 * else, the parser bounds nesting and builds only the closed Formula union,
 * and nothing is evaluated here. A refusal is a value, never an exception.
 */
import { parsedError, parsedOk, type Parsed } from '../answer/parsed.js';
import { FORMULA_HINT } from './help.js';
import { tokenize } from './lexer.js';
import { Parser } from './parser.js';
import { archProblems } from './symbols.js';
import { beyondReach } from './drawn-from.js';
import { FormulaSyntaxError } from './token.js';
import type { Arch, Claim, Formula } from './types.js';

export const MAX_FORMULA_LENGTH = 300;
/** Claims carry a derivative and a whole chain-rule sum, and come from authors. */
export const MAX_CLAIM_LENGTH = 600;

export const CLAIM_HINT =
  "a claim such as dH/dW1_12 = x_1 g'(z1_2) W2_21 or " +
  "\\dfrac{\\partial H}{\\partial W_{12}^{(1)}} = x_1 g'(z_2^{(1)}) W_{21}^{(2)}, where \\blank or ____ stands for the blank";

/** Read a formula in the symbols of `arch`. Blanks are refused: they belong in claims. */
export function parseFormula(text: string, arch: Arch): Parsed<Formula> {
  const parsed = read(text, arch, 'formula', MAX_FORMULA_LENGTH, FORMULA_HINT, (p) => p.formula());
  const beyond = parsed.ok ? beyondReach(parsed.value, arch) : undefined;
  return beyond ? parsedError(beyond, FORMULA_HINT) : parsed;
}

/** Read `dH/dS = formula` in the symbols of `arch`; the formula may hold blanks. */
export function parseClaim(text: string, arch: Arch): Parsed<Claim> {
  // A claim copied from a prompt may keep its math delimiters.
  const bare = text.length <= MAX_CLAIM_LENGTH ? stripDelimiters(text) : text;
  return read(bare, arch, 'claim', MAX_CLAIM_LENGTH, CLAIM_HINT, (p) => p.claim());
}

function read<T>(
  text: string,
  arch: Arch,
  what: 'formula' | 'claim',
  maxLength: number,
  hint: string,
  parse: (p: Parser) => T,
): Parsed<T> {
  if (typeof text !== 'string') return parsedError(`a ${what} must be text`, hint);
  if (text.length > maxLength) return parsedError(`the ${what} is longer than ${maxLength} characters`, hint);
  if (text.trim() === '') return parsedError(`the ${what} is empty`, hint);
  const problems = archProblems(arch);
  if (problems.length > 0) return parsedError(`the problem's network cannot be used: ${problems.join('; ')}`, hint);
  try {
    // A claim is read in the network's symbols only (the schema refuses a claim beside declared symbols): its left side never depends on them.
    const declared = new Set(what === 'formula' ? arch.symbols?.map((s) => s.name) : []);
    return parsedOk(parse(new Parser(tokenize(text, declared), arch, what === 'claim')));
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return parsedError(e.message, hint);
    throw e;
  }
}

function stripDelimiters(text: string): string {
  const t = text.trim();
  const inline = /^\\\(([\s\S]*)\\\)$/.exec(t) ?? /^\\\[([\s\S]*)\\\]$/.exec(t) ?? /^\$\$?([\s\S]*?)\$?\$$/.exec(t);
  return inline?.[1] ?? t;
}
