import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateArithmetic, MAX_NESTING_DEPTH } from '../../src/grade/arithmetic.js';
import { evaluateTree, type MathNodeLike } from '../../src/grade/arithmetic-tree.js';
import { grade } from '../../src/grade/grade.js';
import { parseNumber } from '../../src/grade/parse-number.js';

const nested = (depth: number): string => `${'('.repeat(depth)}1${')'.repeat(depth)}`;

beforeAll(() => {
  evaluateArithmetic('1+1'); // pay for loading mathjs before timing anything
});

describe('the sandbox refuses attacks as format errors, quickly', () => {
  it.each([
    'import({}, {})',
    'createUnit("x")',
    'evaluate("1")',
    'parse("1")',
    'constructor',
    '[].constructor',
    'a.constructor',
    'cos.constructor("return process")()',
    'f(x)=x',
    'x=1',
    'zeros(1e9)',
    'range(0,1e9)',
    '1:1e8',
    '9^9^9^9',
    nested(10_000),
    '1'.repeat(100_000),
    '{a:1}',
    '"str"',
    '2 in',
    '1 to cm',
    '5 cm',
    nested(MAX_NESTING_DEPTH + 1),
    'sqrt 4',
    'log(8, 2)',
    '2.*3',
    '0x1F',
  ])('%s', (text) => {
    const r = parseNumber(text);
    const outcome = grade({ kind: 'number', answer: 1 }, text);
    expect(r.ok).toBe(false);
    expect(outcome.status).toBe('format-error');
  });

  // How fast this is belongs in bench/ (npm run bench), not in a test a loaded machine can fail.
  it('rejects a 100 kB string', () => {
    const text = '9'.repeat(100_000);
    expect(parseNumber(text).ok).toBe(false);
  });

  it('allows nesting up to the limit', () => {
    expect(evaluateArithmetic(nested(MAX_NESTING_DEPTH))).toEqual({ ok: true, value: 1 });
  });
});

describe('the tree walker refuses what mathjs would parse (defence behind the text screen)', () => {
  const mathjs = createRequire(import.meta.url)('mathjs') as { parse: (s: string) => MathNodeLike };
  it.each([
    'zeros(1e9)',
    'x = 1',
    'f(x) = x',
    '[1, 2]',
    '{a: 1}',
    '1:3',
    'a.b',
    'cos.constructor("return process")',
    'cos["constructor"]',
    '"s"',
    '5 cm',
    '1 to cm',
    '2 .* 3',
    'sqrt',
    'log(8, 2)',
    '3!',
    '1 == 1',
    'true',
    'import({}, {})',
  ])('%s', (text) => {
    expect(evaluateTree(mathjs.parse(text), 'hint').ok).toBe(false);
  });

  it.each([
    ['1 + 2 * 3 - 4 / 2', 5],
    ['2^3^2', 512],
    ['-2^2', -4],
    ['sin(1)(2)', 2 * Math.sin(1)],
    ['abs(-3) + exp(0) + ln(e) + cos(0) + tan(0)', 6],
  ])('%s = %d', (text, value) => {
    const r = evaluateTree(mathjs.parse(text), 'hint');
    expect(r.ok && r.value).toBeCloseTo(value, 12);
  });
});
