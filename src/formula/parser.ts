/**
 * Tokens to a formula tree, by recursive descent:
 *
 *   expr    = term (("+" | "-") term)*
 *   term    = unary (("*" | "/") unary | power)*      a product may omit "*"
 *   unary   = ("-" | "+") unary | power
 *   power   = primary ("^" unary)?                     so -x^2 = -(x^2), 2^-1 = 1/2
 *   primary = number | symbol | blank | "(" expr ")" | \frac{expr}{expr}
 *           | g(z) | g'(z) | sigma(expr) | sigma'(expr)
 *   claim   = (dH/dS | \frac{\partial H}{\partial S}) "=" expr
 *
 * Nesting (brackets, signs, exponents) is bounded, so no input can exhaust
 * the stack, and every symbol is checked against the network as it is read.
 */
import { missingReason, symbolSummary } from './symbols.js';
import { column, FormulaSyntaxError, type Token } from './token.js';
import type { Wrt } from '../nn/index.js';
import type { Arch, Claim, Formula, FormulaSymbol } from './types.js';

export const MAX_FORMULA_NESTING = 20;

const CLOSER = { '(': ')', '[': ']', '{': '}' } as const;

export class Parser {
  private i = 0;
  private depth = 0;
  blanks = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly arch: Arch,
    private readonly allowBlank: boolean,
  ) {}

  /** The whole input as one formula. */
  formula(): Formula {
    const f = this.expr();
    this.expectEnd();
    return f;
  }

  /** The whole input as `dH/dS = formula`. */
  claim(): Claim {
    const [of, target] = this.derivative();
    const eq = this.peek();
    if (eq.t !== 'eq') this.fail(`expected "=" after the derivative ${column(eq.at)}`, eq);
    this.i += 1;
    const rhs = this.formula();
    return { of, target, rhs, blanks: this.blanks };
  }

  private derivative(): ['H' | 'L', Wrt] {
    const lhsHelp = 'a claim starts with dH/dW1_12 (dL/dW1_12 on a network with a loss), \\partial H / \\partial W_{12}^{(1)} or \\frac{\\partial H}{\\partial W_{12}^{(1)}}';
    if (this.peek().t === 'frac') {
      this.i += 1;
      const top = this.open();
      this.take('partial', lhsHelp);
      const of = this.takeHOrL(lhsHelp);
      this.close(top);
      const bracket = this.open();
      this.take('partial', lhsHelp);
      const target = this.target(lhsHelp);
      this.close(bracket);
      return [of, target];
    }
    this.take('partial', lhsHelp);
    const of = this.takeHOrL(lhsHelp);
    const slash = this.peek();
    if (slash.t !== 'op' || slash.op !== '/') this.fail(lhsHelp, slash);
    this.i += 1;
    this.take('partial', lhsHelp);
    return [of, this.target(lhsHelp)];
  }

  private target(help: string): Wrt {
    const token = this.peek();
    if (token.t !== 'sym' || !isWrt(token.symbol)) {
      return this.fail(`${help}; after the second d comes a symbol such as W1_12, z2_1, a1_2, b2_1 or x_1`, token);
    }
    this.i += 1;
    this.checkSymbol(token);
    return token.symbol;
  }

  private expr(): Formula {
    let left = this.term();
    for (let t = this.peek(); t.t === 'op' && (t.op === '+' || t.op === '-'); t = this.peek()) {
      this.i += 1;
      left = { kind: 'binary', op: t.op, left, right: this.term() };
    }
    return left;
  }

  private term(): Formula {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.t === 'op' && (t.op === '*' || t.op === '/')) {
        this.i += 1;
        left = { kind: 'binary', op: t.op, left, right: this.unary() };
      } else if (['num', 'sym', 'fn', 'open', 'frac', 'blank'].includes(t.t)) {
        left = { kind: 'binary', op: '*', left, right: this.power() };
      } else {
        return left;
      }
    }
  }

  private unary(): Formula {
    const t = this.peek();
    if (t.t !== 'op' || (t.op !== '-' && t.op !== '+')) return this.power();
    this.i += 1;
    const arg = this.nested(() => this.unary(), t);
    return t.op === '-' ? { kind: 'negate', arg } : arg;
  }

  private power(): Formula {
    const base = this.primary();
    const t = this.peek();
    if (t.t !== 'op' || t.op !== '^') return base;
    this.i += 1;
    return { kind: 'binary', op: '^', left: base, right: this.nested(() => this.unary(), t) };
  }

  private primary(): Formula {
    const t = this.peek();
    switch (t.t) {
      case 'num':
        this.i += 1;
        return { kind: 'number', value: t.value };
      case 'sym':
        this.i += 1;
        this.checkSymbol(t);
        return { kind: 'symbol', symbol: t.symbol };
      case 'blank':
        if (!this.allowBlank) return this.fail(`a blank ${column(t.at)} belongs in a claim, not in an answer`, t);
        this.i += 1;
        this.blanks += 1;
        return { kind: 'blank' };
      case 'open':
        return this.nested(() => this.group(), t);
      case 'frac':
        this.i += 1;
        return this.nested(() => ({ kind: 'binary', op: '/', left: this.group(), right: this.group() }), t);
      case 'fn':
        this.i += 1;
        return this.nested(() => this.call(t), t);
      case 'partial':
        return this.fail(`a derivative ${column(t.at)} cannot appear in a formula: write it out with g', as in g'(z2_1)`, t);
      case 'eq':
        return this.fail(`"=" ${column(t.at)} belongs in a claim, not in a formula`, t);
      case 'end':
        return this.fail(this.i === 0 ? 'the formula is empty' : 'the formula ends too soon', t);
      case 'close':
        return this.fail(`"${t.bracket}" ${column(t.at)} has nothing before it to close`, t);
      case 'op':
        return this.fail(`"${t.op}" ${column(t.at)} needs something before it`, t);
      default:
        return unknownToken(t);
    }
  }

  /** g(z) and g'(z) take a z symbol only: each layer has its own g. */
  private call(t: Extract<Token, { t: 'fn' }>): Formula {
    const name = `${t.fn}${t.prime ? "'" : ''}`;
    if (this.peek().t !== 'open') this.fail(`${name} ${column(t.at)} needs brackets around what it applies to, as in ${name}(z2_1)`, t);
    const arg = this.group();
    if (t.fn === 'sigma') return { kind: 'sigmoid', prime: t.prime, arg };
    if (arg.kind === 'symbol' && arg.symbol.kind === 'z') {
      return { kind: 'activation', prime: t.prime, z: { layer: arg.symbol.layer, node: arg.symbol.node } };
    }
    return this.fail(
      `${name} ${column(t.at)} applies to a z symbol only, as in ${name}(z2_1) ` +
        `(${t.prime ? 'the derivative of ' : ''}layer 2's activation at z2_1); ` +
        'use sigma(...) for the sigmoid of anything else',
      t,
    );
  }

  private group(): Formula {
    const bracket = this.open();
    const f = this.expr();
    this.close(bracket);
    return f;
  }

  private open(): '(' | '[' | '{' {
    const t = this.peek();
    if (t.t !== 'open') return this.fail(`expected a bracket ${column(t.at)}`, t);
    this.i += 1;
    return t.bracket;
  }

  private close(bracket: '(' | '[' | '{'): void {
    const t = this.peek();
    if (t.t === 'close' && t.bracket === CLOSER[bracket]) {
      this.i += 1;
      return;
    }
    const found = t.t === 'end' ? 'the end' : t.t === 'close' ? `"${t.bracket}"` : 'more';
    this.fail(`a "${bracket}" is not closed: expected "${CLOSER[bracket]}" ${column(t.at)}, found ${found}`, t);
  }

  private nested<T>(read: () => T, t: Token): T {
    this.depth += 1;
    if (this.depth > MAX_FORMULA_NESTING) this.fail(`the formula is nested more than ${MAX_FORMULA_NESTING} deep ${column(t.at)}`, t);
    const value = read();
    this.depth -= 1;
    return value;
  }

  private take(kind: 'partial', help: string): void {
    const t = this.peek();
    if (t.t !== kind) this.fail(help, t);
    this.i += 1;
  }

  /** H, or L where the network has a loss (dL/dS). */
  private takeHOrL(help: string): 'H' | 'L' {
    const t = this.peek();
    if (t.t !== 'sym' || (t.symbol.kind !== 'H' && t.symbol.kind !== 'L')) return this.fail(help, t);
    if (t.symbol.kind === 'L') this.checkSymbol(t);
    this.i += 1;
    return t.symbol.kind;
  }

  private checkSymbol(t: Extract<Token, { t: 'sym' }>): void {
    const why = missingReason(t.symbol, this.arch);
    if (why) this.fail(`${JSON.stringify(t.text)} ${column(t.at)} is not in this network: ${why}. This network has ${symbolSummary(this.arch)}`, t);
  }

  private expectEnd(): void {
    const t = this.peek();
    if (t.t === 'end') return;
    if (t.t === 'close') this.fail(`"${t.bracket}" ${column(t.at)} has no matching opening bracket`, t);
    if (t.t === 'eq') {
      this.fail(`"=" ${column(t.at)} ${this.allowBlank ? 'appears twice: a claim has one' : 'belongs in a claim, not in a formula'}`, t);
    }
    this.fail(`unexpected text ${column(t.at)}`, t);
  }

  private peek(): Token {
    return this.tokens[this.i] ?? { t: 'end', at: 0 };
  }

  private fail(message: string, t: Token): never {
    throw new FormulaSyntaxError(message, t.at);
  }
}

function unknownToken(t: never): never {
  throw new Error(`unknown token: ${JSON.stringify(t)}`);
}

/** What a derivative may be taken with respect to: a weight, bias, z, a or x; not H, L, y, ŷ or δ. */
function isWrt(s: FormulaSymbol): s is Wrt {
  return s.kind === 'W' || s.kind === 'b' || s.kind === 'z' || s.kind === 'a' || s.kind === 'x';
}
