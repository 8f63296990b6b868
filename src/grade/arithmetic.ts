/**
 * Safe evaluation of a typed arithmetic expression such as `1/2` or
 * `5*(-3) + 1`. mathjs costs about half a second to import, so it is
 * required on first use only, and only for text that passed the cheap
 * fences below (length, characters, names, nesting). mathjs parses; the
 * walker in arithmetic-tree.ts allows a small set of nodes and computes the
 * value itself. See DEPENDENCIES.md, "mathjs on untrusted input".
 */
import loadMathjs from './load-mathjs.cjs';
import { ALLOWED_FUNCTIONS, ALLOWED_SYMBOLS, evaluateTree, type MathNodeLike } from './arithmetic-tree.js';
import { numberHint } from './hints.js';
import { parsedError, quote, type Parsed } from '../answer/parsed.js';
import { shownControlAt } from '../text/visible.js';

export const MAX_EXPRESSION_LENGTH = 200;
export const MAX_NESTING_DEPTH = 20;
/** The hint when no key is at hand; grading a part picks examples that are not its key (hints.ts). */
export const NUMBER_HINT = numberHint();

type MathParse = (text: string) => MathNodeLike;
let mathParse: MathParse | undefined;

/** For tests and start-up checks: has mathjs been required yet? */
export function isMathLoaded(): boolean {
  return mathParse !== undefined;
}

/** mathjs's parser, required on first use and kept (creating it costs far more than a parse). */
export function loadMathParse(): MathParse {
  if (!mathParse) {
    mathParse = loadMathjs().parse as MathParse;
  }
  return mathParse;
}

/** A character no number or arithmetic answer holds. */
const NOT_ALLOWED = /[^0-9A-Za-z. \t+\-*/^()]/;
const KNOWN_NAMES = new Set([...Object.keys(ALLOWED_FUNCTIONS), ...Object.keys(ALLOWED_SYMBOLS)]);

/** The cheap fences, run before mathjs is loaded; returns an error message or undefined. */
function screen(text: string): string | undefined {
  if (text.length > MAX_EXPRESSION_LENGTH) return `the answer is longer than ${MAX_EXPRESSION_LENGTH} characters`;
  if (text.trim() === '') return 'the answer is empty';
  const at = text.search(NOT_ALLOWED);
  if (at >= 0) {
    const control = shownControlAt(text, at);
    if (control) return `a control character (shown as ${control}) is not allowed in a number`;
    return `the character ${quote(String.fromCodePoint(text.codePointAt(at) ?? 63))} is not allowed in a number`;
  }
  for (const name of text.match(/[A-Za-z_][A-Za-z_0-9]*/g) ?? []) {
    // `2e-3` and `1e5` put an `e` right after a digit; that is part of a number.
    const word = /^[eE]\d+$/.test(name) ? 'e' : name;
    if (!KNOWN_NAMES.has(word)) return `unknown name ${quote(word)}`;
  }
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    if (depth < 0) return 'a ")" has no matching "("';
    if (depth > MAX_NESTING_DEPTH) return `parentheses are nested more than ${MAX_NESTING_DEPTH} deep`;
  }
  return depth === 0 ? undefined : 'a "(" is not closed';
}

/**
 * Our words for mathjs's parse errors ("Value expected (char 3)" means
 * nothing to a student): where reading stopped, and the character there.
 */
function unreadable(text: string, e: unknown): string {
  const at = Number(/\(char (\d+)\)/.exec(e instanceof Error ? e.message : '')?.[1]);
  if (!Number.isInteger(at) || at < 1) return 'it cannot be read as arithmetic';
  const ch = text[at - 1];
  return ch === undefined
    ? 'it ends before the arithmetic is complete (a number or a closing bracket is missing)'
    : `it cannot be read as arithmetic at character ${at} (${quote(ch)})`;
}

/** Evaluate an arithmetic expression to a finite real number, or say why not. */
export function evaluateArithmetic(text: string): Parsed<number> {
  const problem = screen(text);
  if (problem) return parsedError(`${quote(text)} is not a number: ${problem}`, NUMBER_HINT);
  let tree: MathNodeLike;
  try {
    tree = loadMathParse()(text);
  } catch (e) {
    return parsedError(`${quote(text)} is not a number: ${unreadable(text, e)}`, NUMBER_HINT);
  }
  const result = evaluateTree(tree, NUMBER_HINT);
  if (!result.ok) return parsedError(`${quote(text)} is not a number: ${result.error}`, NUMBER_HINT);
  if (!Number.isFinite(result.value)) {
    return parsedError(`${quote(text)} does not give a finite real number`, NUMBER_HINT);
  }
  return result;
}
