/**
 * Text to tokens. Both spellings meet here: LaTeX commands are read as the
 * operators, brackets and functions they stand for, or skipped when they
 * only space or size things; everything not listed is refused by name.
 */
import { lexSymbol, SYMBOL_LETTERS } from './lex-symbol.js';
import { column, FormulaSyntaxError, type Token } from './token.js';

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z]+/y;
const COMMAND = /\\(?:[A-Za-z]+|.)/y;
const PRIME = /\s*(?:'|\u2032|\^\s*(?:\\prime|\{\s*\\prime\s*\}))/y;
const ESCAPED_BLANK = /(?:\\_\s*){2,}/y;
const BLANK = /_{3,}/y;

/** Commands that only space or size: `\,` `\;` `\left(` (the bracket stays). */
const IGNORED = new Set(['\\,', '\\;', '\\:', '\\!', '\\ ', '\\quad', '\\qquad', '\\left', '\\right', '\\big', '\\Big', '\\bigl', '\\bigr', '\\Bigl', '\\Bigr', '\\displaystyle']);
const SINGLE: Readonly<Record<string, Token['t'] | '*' | '-' | 'sigma' | 'skip'>> = {
  '\u00b7': '*', // middle dot
  '\u00d7': '*', // times sign
  '\u2212': '-', // minus sign
  '\u2202': 'partial',
  '\u03c3': 'sigma',
  '~': 'skip',
};

function match(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Split `text` into tokens, ending with an `end` token; throws FormulaSyntaxError on content it refuses. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const push = (token: Token, length: number): void => {
    tokens.push(token);
    pos += length;
  };
  /** A function name; a prime after it (', ′, ^\prime, ^{\prime}) makes it the derivative. */
  const fn = (name: 'g' | 'sigma', at: number, length: number): void => {
    const prime = match(PRIME, text, at + length);
    push({ t: 'fn', fn: name, prime: prime !== null, at }, length + (prime?.[0].length ?? 0));
  };

  while (pos < text.length) {
    const at = pos;
    const c = text[pos] ?? '';
    if (/\s/.test(c)) {
      pos += 1;
      continue;
    }
    const number = match(NUMBER, text, pos);
    if (number) {
      push({ t: 'num', value: Number(number[0]), at }, number[0].length);
      continue;
    }
    if (c === '+' || c === '-' || c === '*' || c === '/' || c === '^') push({ t: 'op', op: c, at }, 1);
    else if (c === '(' || c === '[' || c === '{') push({ t: 'open', bracket: c, at }, 1);
    else if (c === ')' || c === ']' || c === '}') push({ t: 'close', bracket: c, at }, 1);
    else if (c === '=') push({ t: 'eq', at }, 1);
    else if (c === '_') {
      const blank = match(BLANK, text, pos);
      if (!blank) throw new FormulaSyntaxError(`a "_" ${column(at)} must follow a symbol, as in x_1; a blank is ____`, at);
      push({ t: 'blank', at }, blank[0].length);
    } else if (c === '\\') lexCommand(text, at, push, fn);
    else if (/[A-Za-z]/.test(c)) lexWord(text, at, push, fn);
    else if (SINGLE[c] !== undefined) {
      const kind = SINGLE[c];
      if (kind === '*' || kind === '-') push({ t: 'op', op: kind, at }, 1);
      else if (kind === 'partial') push({ t: 'partial', at }, 1);
      else if (kind === 'sigma') fn('sigma', at, 1);
      else pos += 1;
    } else {
      throw new FormulaSyntaxError(`the character ${JSON.stringify(c)} ${column(at)} is not allowed in a formula`, at);
    }
  }
  tokens.push({ t: 'end', at: text.length });
  return tokens;
}

type Push = (token: Token, length: number) => void;
type Fn = (name: 'g' | 'sigma', at: number, length: number) => void;

function lexCommand(text: string, at: number, push: Push, fn: Fn): void {
  const blank = match(ESCAPED_BLANK, text, at);
  if (blank) return push({ t: 'blank', at }, blank[0].length);
  const command = match(COMMAND, text, at)?.[0] ?? '\\';
  if (IGNORED.has(command)) return push({ t: 'end', at }, command.length), void tokensDropLast(push);
  switch (command) {
    case '\\cdot':
    case '\\times':
      return push({ t: 'op', op: '*', at }, command.length);
    case '\\sigma':
      return fn('sigma', at, command.length);
    case '\\frac':
    case '\\dfrac':
    case '\\tfrac':
      return push({ t: 'frac', at }, command.length);
    case '\\partial':
      return push({ t: 'partial', at }, command.length);
    case '\\blank':
      return push({ t: 'blank', at }, command.length);
    default:
      throw new FormulaSyntaxError(`the command ${JSON.stringify(command)} ${column(at)} is not part of the formula notation`, at);
  }
}
