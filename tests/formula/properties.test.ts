import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatFormula,
  formulasAgree,
  parseClaim,
  parseFormula,
  symbolsOf,
  type Formula,
} from '../../src/formula/index.js';
import { formula, NET_2221, SIGMOID_2221 } from './fixtures.js';

/** How fast is measured in bench/ (`npm run bench`), not asserted: a loaded machine is no test. */
const timed = <T>(f: () => T): T => f();

/** Pieces of the notation, so that random text often gets deep into the parser. */
const PIECES = [
  'W', 'w', 'b', 'z', 'a', 'x', 'H', 'g', "g'", 'sigma', 'd', 'dH', '/', 'W2_22', 'z1_1', 'x_1', 'a1_2', 'W_{21}^{(3)}',
  '_', '__', '____', '\\_', '{', '}', '(', ')', '[', ']', '^', '^{(2)}', '(2)', ',', '1', '22', '0.5', '1e9', '+', '-', '*',
  '=', ' ', '\\,', '\\left', '\\right', '\\frac', '\\sigma', '\\partial', '\\prime', '\\cdot', '\\blank', '\\', "'", '′',
];
const notationText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ maxLength: 5000 }),
  notationText,
);

describe('parsing never throws and answers fast', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const arch of [NET_2221, SIGMOID_2221]) {
          const f = timed(() => parseFormula(text, arch));
          const c = timed(() => parseClaim(text, arch));
          expect(typeof f.ok).toBe('boolean');
          expect(typeof c.ok).toBe('boolean');
        }
      }),
      { numRuns: 1000 },
    );
  });

  const nested = (n: number): string => `${'('.repeat(n)}x_1${')'.repeat(n)}`;
  it.each([
    'import({}, {})',
    'constructor',
    'x_1.constructor',
    '__proto__',
    'W2_22.__proto__',
    'evaluate("1")',
    'parse("1")',
    'cos.constructor("return process")()',
    'f(x)=x',
    'zeros(1e9)',
    'range(0,1e9)',
    '1:1e8',
    nested(10_000),
    nested(150),
    '-'.repeat(299) + '1',
    '^'.repeat(300),
    `x_1${'^x_1'.repeat(70)}`,
    '{'.repeat(300),
    '\\frac'.repeat(60),
    "g'(".repeat(100),
    'x'.repeat(100_000),
    '1'.repeat(100_000),
    'W_{' + '1'.repeat(290) + '}^{(2)}',
    'x_' + '9'.repeat(298),
    'W2_1,' + '9'.repeat(295),
    '"str"',
    '`${1}`',
    '\u0000\u202e',
  ])('refuses %j as a format error', (text) => {
    const r = timed(() => parseFormula(text, NET_2221));
    expect(r.ok).toBe(false);
    expect(timed(() => parseClaim(`dH/dx_1 = ${text}`, NET_2221)).ok).toBe(false);
  });

  it('a huge power reads, is not finite, and never agrees', () => {
    const huge = timed(() => formula('9^9^9^9 x_1'));
    expect(timed(() => formulasAgree(huge, huge, NET_2221))).toBe(false);
  });

  it('a 100 kB string is refused, saying why', () => {
    const text = 'W2_22 '.repeat(17_000);
    const r = parseFormula(text, NET_2221);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/longer than/);
  });
});

/** Leaves small enough that a product of 8 of them keeps the tolerance far below |W1_11| >= 0.5. */
const LEAF_TEXTS = [
  ...symbolsOf(NET_2221).filter((s) => /^(W|x_|z1|a1)/.test(s)),
  "g'(z1_1)", "g'(z1_2)", "g'(z2_1)", "g'(z2_2)", "g'(z3_1)", 'g(z2_1)', '1', '2', '3',
];
const leaf = fc.constantFrom(...LEAF_TEXTS).map((t) => formula(t));
const tree = (depth: number): fc.Arbitrary<Formula> =>
  depth === 0
    ? leaf
    : fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc
          .tuple(fc.constantFrom('+' as const, '-' as const, '*' as const), tree(depth - 1), tree(depth - 1))
          .map(([op, left, right]): Formula => ({ kind: 'binary', op, left, right })),
        tree(depth - 1).map((arg): Formula => ({ kind: 'negate', arg })),
      );

/** The same formula with every sum and product turned around: a - b becomes -b + a. */
function reorder(f: Formula): Formula {
  switch (f.kind) {
    case 'binary': {
      const left = reorder(f.left);
      const right = reorder(f.right);
      if (f.op === '-') return { kind: 'binary', op: '+', left: { kind: 'negate', arg: right }, right: left };
      return f.op === '+' || f.op === '*' ? { kind: 'binary', op: f.op, left: right, right: left } : { ...f, left, right };
    }
    case 'negate':
      return { kind: 'negate', arg: reorder(f.arg) };
    default:
      return f;
  }
}

describe('agreement by evaluation', () => {
  it('a formula agrees with itself reordered, and not with itself plus W1_11', () => {
    fc.assert(
      fc.property(tree(3), (f) => {
        const text = formatFormula(f);
        const parsed = formula(text);
        const turned = formula(formatFormula(reorder(f)));
        expect(formulasAgree(f, parsed, NET_2221)).toBe(true);
        expect(formulasAgree(parsed, turned, NET_2221)).toBe(true);
        expect(formulasAgree(parsed, formula(`${text} + W1_11`), NET_2221)).toBe(false);
        expect(formulasAgree(parsed, formula(`W1_11 + (${text})`), NET_2221)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('grading one answer (parse and compare) gives the same verdict every time (the points are shared)', () => {
    const key = formula("W_{22}^{(2)} g'(z_2^{(2)}) W_{21}^{(3)}");
    for (let i = 0; i < 20; i += 1) {
      const answer = parseFormula("W3_21 * g'(z2_2) * W2_22", NET_2221);
      expect(answer.ok && formulasAgree(key, answer.value, NET_2221)).toBe(true);
    }
  });
});
