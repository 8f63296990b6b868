/**
 * A formula key as LaTeX, for showing it. A key may be written in the short
 * spelling a student types (`W2_11 - eta * a1_1`); read as LaTeX, `W2_11`
 * would show as W2 with a subscript 1 and then a 1. So each symbol written
 * short is rewritten in the one notation (`W^{(2)}_{11}`, `z^{(1)}_{2}`,
 * `\delta^{(2)}_{1}`, `\hat{y}`, `\eta`), and everything else, a symbol
 * already in LaTeX included, stays as the author wrote it. Text the
 * formula notation cannot read, or that names no network symbol (a
 * formula of a function, for descent), is returned as it is.
 */
import { GREEK } from './greek.js';
import { tokenize } from './lexer.js';
import { FormulaSyntaxError, type Token } from './token.js';
import type { FormulaSymbol } from './types.js';

const NAME = /[A-Za-z][A-Za-z0-9_]*/y;
const GREEK_NAMES = new Set(Object.values(GREEK));

export function formulaLatex(text: string): string {
  const tokens = readTokens(text);
  // A formula without a network (descent on f(w)) names no network symbol: its text is shown as written.
  if (!tokens?.some((t) => t.t === 'sym' && t.symbol.kind !== 'declared')) return text;
  let out = '';
  let pos = 0;
  for (const t of tokens) {
    // Braces, a backslash or a Greek letter: already LaTeX (or a glyph), shown as written.
    if (t.t !== 'sym' || /[{}\\]/.test(t.text) || !/^[A-Za-z]/.test(t.text)) continue;
    out += text.slice(pos, t.at) + symbolLatex(t.symbol, t.text);
    pos = t.at + t.text.length;
  }
  return out + text.slice(pos);
}

/**
 * The tokens of `text`, reading a name the lexer does not know as a
 * declared symbol (only the problem knows its own, and the schema keeps
 * them from spelling a network symbol); undefined when it is no formula.
 */
function readTokens(text: string): Token[] | undefined {
  const declared = new Set<string>();
  for (let tries = 0; tries < 100; tries++) {
    try {
      return tokenize(text, declared);
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) return undefined;
      // A name, or a command such as \eta: a declared symbol spelled in LaTeX.
      const command = text[e.at] === '\\' && e.message.includes('is not part of the formula notation');
      if (!e.message.startsWith('unknown name') && !command) return undefined;
      NAME.lastIndex = command ? e.at + 1 : e.at;
      const name = NAME.exec(text)?.[0];
      if (name === undefined || declared.has(name)) return undefined;
      declared.add(name);
    }
  }
  return undefined;
}

function symbolLatex(s: FormulaSymbol, written: string): string {
  switch (s.kind) {
    case 'W':
      return `W^{(${s.layer})}_{${s.from}${s.from > 9 || s.to > 9 ? ',' : ''}${s.to}}`;
    case 'b':
    case 'z':
    case 'a':
      return `${s.kind}^{(${s.layer})}_{${s.node}}`;
    case 'x':
      return `x_{${s.node}}`;
    case 'delta':
      return `\\delta^{(${s.layer})}_{${s.node}}`;
    case 'yhat':
      return '\\hat{y}';
    case 'declared':
      // Braced, so that a letter after it is not read as part of the command.
      return GREEK_NAMES.has(s.name) ? `{\\${s.name}}` : s.name;
    default:
      // H, L and y are the same in both.
      return written;
  }
}
