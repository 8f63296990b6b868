/**
 * Text to tokens. Both spellings meet here: LaTeX commands are read as the
 * operators, brackets and functions they stand for, or skipped when they
 * only space or size things; anything not listed is refused by name.
 */
import { GREEK } from './greek.js';
import { lexSymbol, SYMBOL_LETTERS, type SymbolName } from './lex-symbol.js';
import { column, FormulaSyntaxError, type Token } from './token.js';
import { shownControlAt } from '../text/visible.js';

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z]+/y;
/** A declared symbol's spelling (schema/problem.ts): a letter, then letters, digits and _. */
const NAME = /[A-Za-z][A-Za-z0-9_]*/y;
const COMMAND = /\\(?:[A-Za-z]+|.)/y;
const PRIME = /\s*(?:'|\u2032|\^\s*(?:\\prime|\{\s*\\prime\s*\}))/y;
const ESCAPED_BLANK = /(?:\\_\s*){2,}/y;
const BLANK = /_{3,}/y;
/** What \\hat may stand over: y, braced or not. */
const HAT_Y = /\s*(?:\{\s*y\s*\}|y(?![A-Za-z]))/y;

/** Commands that only space or size: `\,` `\;` `\left(` (the bracket itself stays). */
const IGNORED = new Set([
  '\\,', '\\;', '\\:', '\\!', '\\ ', '\\quad', '\\qquad', '\\displaystyle',
  '\\left', '\\right', '\\big', '\\Big', '\\bigl', '\\bigr', '\\Bigl', '\\Bigr',
]);

function match(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Split `text` into tokens, ending with an `end` token; throws
 * FormulaSyntaxError on content it refuses. `declared` are the names the
 * problem declares besides the network's symbols.
 */
export function tokenize(text: string, declared: ReadonlySet<string> = new Set()): Token[] {
  const lexer = new Lexer(text, declared);
  while (lexer.pos < text.length) lexer.next();
  lexer.tokens.push({ t: 'end', at: text.length });
  return lexer.tokens;
}

class Lexer {
  pos = 0;
  readonly tokens: Token[] = [];

  constructor(
    private readonly text: string,
    private readonly declared: ReadonlySet<string>,
  ) {}

  private push(token: Token, length: number): void {
    this.tokens.push(token);
    this.pos += length;
  }

  /** A function name; a prime after it (', ′, ^\prime, ^{\prime}) makes it the derivative. */
  private fn(name: 'g' | 'sigma', at: number, length: number): void {
    const prime = match(PRIME, this.text, at + length);
    this.push({ t: 'fn', fn: name, prime: prime !== null, at }, length + (prime?.[0].length ?? 0));
  }

  next(): void {
    const { text } = this;
    const at = this.pos;
    const c = text[at] ?? '';
    const number = match(NUMBER, text, at);
    if (/\s/.test(c) || c === '~') this.pos += 1;
    else if (number) this.push({ t: 'num', value: Number(number[0]), at }, number[0].length);
    else if (c === '+' || c === '-' || c === '*' || c === '/' || c === '^') this.push({ t: 'op', op: c, at }, 1);
    else if (c === '\u00b7' || c === '\u00d7') this.push({ t: 'op', op: '*', at }, 1);
    else if (c === '\u2212') this.push({ t: 'op', op: '-', at }, 1);
    else if (c === '(' || c === '[' || c === '{') this.push({ t: 'open', bracket: c, at }, 1);
    else if (c === ')' || c === ']' || c === '}') this.push({ t: 'close', bracket: c, at }, 1);
    else if (c === '=') this.push({ t: 'eq', at }, 1);
    else if (c === '\u2202') this.push({ t: 'partial', at }, 1);
    else if (c === '\u03c3') this.fn('sigma', at, 1);
    else if (c === '\u03b4') this.symbol(at, 'delta', at + 1);
    else if (c === '\u0177') this.symbol(at, 'yhat', at + 1);
    else if (this.declared.has(GREEK[c] ?? '')) this.declaredSymbol(GREEK[c]!, at, 1);
    else if (c === '_') this.underscores(at);
    else if (c === '\\') this.command(at);
    else if (/[A-Za-z]/.test(c)) this.word(at);
    else {
      const control = shownControlAt(text, at);
      const what = control ? `a control character (shown as ${control})` : `the character ${JSON.stringify(c)}`;
      throw new FormulaSyntaxError(`${what} ${column(at)} is not allowed in a formula`, at);
    }
  }

  private underscores(at: number): void {
    const blank = match(BLANK, this.text, at);
    if (!blank) throw new FormulaSyntaxError(`a "_" ${column(at)} must follow a symbol, as in x_1 (a blank is ____)`, at);
    this.push({ t: 'blank', at }, blank[0].length);
  }

  private command(at: number): void {
    const blank = match(ESCAPED_BLANK, this.text, at);
    if (blank) return this.push({ t: 'blank', at }, blank[0].length);
    const command = match(COMMAND, this.text, at)?.[0] ?? '\\';
    if (IGNORED.has(command)) {
      this.pos += command.length;
      return;
    }
    switch (command) {
      case '\\cdot':
      case '\\times':
        return this.push({ t: 'op', op: '*', at }, command.length);
      case '\\sigma':
        return this.fn('sigma', at, command.length);
      case '\\delta':
        return this.symbol(at, 'delta', at + command.length);
      case '\\hat': {
        const hat = match(HAT_Y, this.text, at + command.length);
        if (!hat) throw new FormulaSyntaxError(`"\\hat" ${column(at)} is read only over y, as in \\hat{y}`, at);
        return this.symbol(at, 'yhat', at + command.length + hat[0].length);
      }
      case '\\frac':
      case '\\dfrac':
      case '\\tfrac':
        return this.push({ t: 'frac', at }, command.length);
      case '\\partial':
        return this.push({ t: 'partial', at }, command.length);
      case '\\blank':
        return this.push({ t: 'blank', at }, command.length);
      default:
        // \eta for a declared eta.
        if (this.declared.has(command.slice(1))) return this.declaredSymbol(command.slice(1), at, command.length);
        throw new FormulaSyntaxError(`${JSON.stringify(command)} ${column(at)} is not part of the formula notation`, at);
    }
  }

  /** A symbol whose name (`delta`, `\\hat{y}`, `ŷ`) runs from `at` to `after`. */
  private symbol(at: number, name: SymbolName, after: number): void {
    const { symbol, end } = lexSymbol(this.text, at, name, after);
    this.push({ t: 'sym', symbol, text: this.text.slice(at, end), at }, end - at);
  }

  /** One of the problem's declared symbols, spelled in `length` characters (eta, η, \\eta). */
  private declaredSymbol(name: string, at: number, length: number): void {
    this.push({ t: 'sym', symbol: { kind: 'declared', name }, text: this.text.slice(at, at + length), at }, length);
  }

  /** A declared name, or a run of letters: a function, H, L, y, yhat, delta, a symbol letter, or `d` of dH/dW1_12. */
  private word(at: number): void {
    // The schema keeps declared names from spelling a network symbol (schema/symbol-names.ts).
    const name = match(NAME, this.text, at)?.[0] ?? '';
    if (this.declared.has(name)) return this.declaredSymbol(name, at, name.length);
    const word = match(WORD, this.text, at)?.[0] ?? '';
    if (word === 'sigma' || word === 'g') return this.fn(word, at, word.length);
    if (word === 'H') return this.push({ t: 'sym', symbol: { kind: 'H' }, text: 'H', at }, 1);
    if (word === 'L') return this.push({ t: 'sym', symbol: { kind: 'L' }, text: 'L', at }, 1);
    if (word === 'y') return this.symbol(at, this.text[at + 1] === '\u0302' ? 'yhat' : 'y', at + (this.text[at + 1] === '\u0302' ? 2 : 1));
    if (word === 'yhat') return this.symbol(at, 'yhat', at + 4);
    if (word === 'delta') return this.symbol(at, 'delta', at + 5);
    if (word.length === 1 && SYMBOL_LETTERS.has(word)) {
      const { symbol, end } = lexSymbol(this.text, at);
      return this.push({ t: 'sym', symbol, text: this.text.slice(at, end), at }, end - at);
    }
    // `dH`, `dW1_12`: a `d` glued to H or a symbol letter is the differential.
    const rest = word.slice(1);
    if (word === 'd' || (word.startsWith('d') && (rest === 'H' || rest === 'L' || (rest.length === 1 && SYMBOL_LETTERS.has(rest))))) {
      return this.push({ t: 'partial', at }, 1);
    }
    if (this.declared.has(word)) {
      // eta2, eta_1: digits or a subscript glued to a declared name, which takes neither.
      throw new FormulaSyntaxError(`${JSON.stringify(name)} ${column(at)} is not a symbol: ${word} takes no node number or subscript (put * between ${word} and a number it multiplies)`, at);
    }
    const shown = word.length > 20 ? `${word.slice(0, 20)}...` : word;
    const own = this.declared.size > 0 ? `; besides the network's symbols, this problem's are ${[...this.declared].join(', ')}` : '';
    throw new FormulaSyntaxError(`unknown name ${JSON.stringify(shown)} ${column(at)}${own}`, at);
  }
}
