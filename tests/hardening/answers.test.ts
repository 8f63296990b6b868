/**
 * Issue 10, hostile answers: whatever a student pastes, every answer parser
 * (through grade(), for each answer kind) returns a format error or a mark
 * and never throws (how fast is bench/'s), and mathjs, which reads arithmetic, stays
 * fenced: nothing is imported, defined, evaluated or allocated on its side,
 * and nothing leaks into JavaScript's own objects.
 */
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateTree, type MathNodeLike } from '../../src/grade/arithmetic-tree.js';
import { grade, type GradeOutcome } from '../../src/grade/grade.js';
import type { AnswerKey } from '../../src/grade/key.js';

const ARCH = { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'] } as const;
const SMOOTH = { layers: [3, 4, 1], activations: ['sigmoid', 'tanh'], biases: true } as const;
/** The largest network the format allows: its points are drawn once, in beforeAll (issue 19). */
const LARGEST = { layers: [...Array<number>(16).fill(64), 1], activations: [...Array(15).fill('relu' as const), 'linear' as const] };

/** One key of every kind, plus variants that take other paths through the parsers. */
const KEYS: { name: string; key: AnswerKey }[] = [
  { name: 'number', key: { kind: 'number', answer: -14 } },
  { name: 'number with a tolerance', key: { kind: 'number', answer: 0.182426, compare: { mode: 'tolerance', abs: 0.001 } } },
  { name: 'vector of 2', key: { kind: 'vector', answer: [4, 9] } },
  { name: 'vector of 5', key: { kind: 'vector', answer: [1, -2, 0.5, 3, 0] } },
  { name: 'true-false', key: { kind: 'true-false', answer: true } },
  { name: 'choice with numbers as options', key: { kind: 'choice', options: ['0', '1', '1/||w||', '||w||'], answer: 0 } },
  { name: 'choice with words', key: { kind: 'choice', options: ['ReLU', 'sigmoid', 'tanh'], answer: 2 } },
  { name: 'expression (ReLU network)', key: { kind: 'expression', answer: "W_{22}^{(2)} g'(z_2^{(2)}) W_{21}^{(3)}", arch: { ...ARCH, activations: [...ARCH.activations], layers: [...ARCH.layers] } } },
  { name: 'expression (16 layers of 64 nodes)', key: { kind: 'expression', answer: "W_{21}^{(16)} a_1^{(14)} g'(z_2^{(15)})", arch: LARGEST } },
  { name: 'expression (smooth network with biases)', key: { kind: 'expression', answer: "W2_11 g'(z1_1) + b2_1", arch: { ...SMOOTH, activations: [...SMOOTH.activations], layers: [...SMOOTH.layers] } } },
];

const deep = (open: string, close: string, n: number, inner = '1'): string => open.repeat(n) + inner + close.repeat(n);

/** Known attacks on a mathjs reader, and other hostile pastes. [label, text] */
const ATTACKS: [string, string][] = [
  ['import', 'import({}, {})'],
  ['import with override', 'import({sqrt: 1, hardeningLol: 1}, {override: true})'],
  ['createUnit', 'createUnit("hardeninglol")'],
  ['evaluate', 'evaluate("1")'],
  ['parse', 'parse("1")'],
  ['compile', 'compile("1").evaluate()'],
  ['simplify', 'simplify("x")'],
  ['constructor', 'constructor'],
  ['[].constructor', '[].constructor'],
  ['cos.constructor', 'cos.constructor("return process")()'],
  ['sqrt.constructor', 'sqrt.constructor'],
  ['a property of a number', 'pi.valueOf()'],
  ['function definition', 'f(x)=x'],
  ['assignment', 'x=1'],
  ['zeros', 'zeros(1e9)'],
  ['ones', 'ones(1e9)'],
  ['range', 'range(0,1e9)'],
  ['range operator', '1:1e8'],
  ['tower of powers', '9^9^9^9'],
  ['1e400', '1e400'],
  ['10k-deep parentheses', deep('(', ')', 10_000)],
  ['10k-deep brackets', deep('[', ']', 10_000)],
  ['10k-deep braces', deep('{', '}', 10_000)],
  ['10k-deep sqrt', deep('sqrt(', ')', 10_000)],
  ['21-deep parentheses', deep('(', ')', 21)],
  ['10k-deep LaTeX', deep('\\frac{', '}{1}', 10_000)],
  ['100 kB of x', 'x'.repeat(100_000)],
  ['100 kB of digits', '1'.repeat(100_000)],
  ['100 kB of commas', ','.repeat(100_000)],
  ['100 kB of spaces then 1', ' '.repeat(100_000) + '1'],
  ['__proto__', '__proto__'],
  ['__proto__ assignment', '__proto__.polluted = 1'],
  ['toString', 'toString'],
  ['hasOwnProperty', 'hasOwnProperty'],
  ['object', '{a:1}'],
  ['string', '"str"'],
  ['unit conversion', '1 to cm'],
  ['unit', '5 cm'],
  ['matrix', '[1, 2; 3, 4]'],
  ['complex', '1 + 2i'],
  ['conditional', '1 ? 2 : 3'],
  ['factorial', '170!'],
  ['NUL', '\u0000'],
  ['control characters', '\u0007\u001b[2J\u001b]0;pwned\u0007'],
  ['right-to-left override', '\u202e41-'],
  ['lone surrogate', '\ud800'],
  ['emoji', '👍'],
  ['shell', "'; rm -rf /'"],
  ['command substitution', '$(reboot)'],
  ['backticks', '`reboot`'],
  ['template literal', '${process.exit(1)}'],
  ['JSON', '{"__proto__": {"polluted": true}}'],
  // Bidirectional controls: an override shows 41 as 14 (the drill makes them visible first; the graders refuse them).
  ['bidi override around the key', '\u202e41\u202c'],
  ['bidi marks around the key', '\u200f-14\u200e'],
  ['bidi isolate around a formula', "\u2067W2_22 g'(z2_2) W3_21\u2069"],
  ['bidi override before an option', '\u202etanh'],
  ['null', 'null'],
  ['undefined', 'undefined'],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
];

/** A well-formed outcome: a format error with its message and hint, or a mark with the key shown. */
function expectWellFormed(o: GradeOutcome): void {
  if (o.status === 'format-error') {
    expect(typeof o.error).toBe('string');
    expect(o.error.length).toBeGreaterThan(0);
    // A message quotes what was typed, cut short: a 100 kB paste is not echoed back.
    expect(o.error.length).toBeLessThan(1_000);
    expect(typeof o.hint).toBe('string');
  } else {
    expect(o.status).toBe('graded');
    expect(typeof o.correct).toBe('boolean');
    expect(typeof o.expected).toBe('string');
  }
}

const mathjs = createRequire(import.meta.url)('mathjs') as {
  parse: (s: string) => MathNodeLike;
  evaluate: (s: string) => unknown;
  sqrt: (x: number) => number;
};

const PROTOTYPES = { Object: Object.prototype, Function: Function.prototype, Array: Array.prototype, String: String.prototype, Number: Number.prototype };
const snapshot = () => ({
  prototypes: Object.fromEntries(Object.entries(PROTOTYPES).map(([k, p]) => [k, Object.getOwnPropertyNames(p).sort()])),
  globals: Object.getOwnPropertyNames(globalThis).sort(),
  mathjs: Object.keys(mathjs).length,
});
let before: ReturnType<typeof snapshot>;

beforeAll(() => {
  // mathjs is required on first use (about half a second): not a grading cost.
  for (const { key } of KEYS) grade(key, '1/2');
  before = snapshot();
});


describe('known attack strings, for every kind of answer', () => {
  const rows = ATTACKS.flatMap(([label, text]) => KEYS.map(({ name, key }) => ({ label, name, key, text })));
  it.each(rows)('$label as a $name answer: a format error or a wrong mark, quickly', ({ key, text }) => {
    const outcome = grade(key, text);
    expectWellFormed(outcome);
    expect(outcome.status === 'format-error' || !outcome.correct).toBe(true);
  });

  it('leaves mathjs as it was: no unit defined, no function imported or replaced', () => {
    expect(() => mathjs.evaluate('1 hardeninglol')).toThrow();
    expect((mathjs as unknown as Record<string, unknown>).hardeningLol).toBeUndefined();
    expect(mathjs.sqrt(4)).toBe(2);
  });
});

describe('the allow-list walker holds on its own, past the cheap screen', () => {
  // Text the screen would stop never reaches mathjs; parse it anyway and hand
  // the tree to the walker, so the second fence is tested without the first.
  const reachable = ATTACKS.filter(([, text]) => text.length < 1_000);
  it.each(reachable)('%s: mathjs may parse it, the walker computes nothing but arithmetic', (_label, text) => {
    let tree: MathNodeLike;
    try {
      tree = mathjs.parse(text);
    } catch {
      return; // mathjs cannot read it either
    }
    const r = evaluateTree(tree, 'hint');
    // Arithmetic such as 9^9^9^9 computes (to Infinity, refused later as not finite); nothing else does.
    if (r.ok) expect(typeof r.value).toBe('number');
    else expect(r.error).toMatch(/not allowed|takes exactly one argument/);
  });

  it.each([
    'import({}, {})',
    'createUnit("x")',
    'evaluate("1")',
    'parse("1")',
    '[].constructor',
    'sqrt.constructor',
    'pi.valueOf()',
    'f(x)=x',
    'x=1',
    'zeros(1e9)',
    'range(0,1e9)',
    '1:1e8',
    '{a:1}',
    '"str"',
    '1 to cm',
    '5 cm',
    '[1, 2; 3, 4]',
    '1 ? 2 : 3',
    '170!',
    '__proto__',
    'toString',
  ])('refuses %j', (text) => {
    const r = evaluateTree(mathjs.parse(text), 'hint');
    expect(r.ok).toBe(false);
  });
});

/** Pieces of everything the parsers know, and of what they must refuse, to build near misses. */
const PIECES = [
  '1', '0', '9', '.', '.5', '1e', 'e', 'E', '-', '+', '*', '/', '^', '(', ')', '[', ']', '{', '}', ',', ';', ':', '=', '!', '?',
  ' ', '  ', '\t', '\n', '\r', '\u0000', '\u2212', '\u00b7', '\u00d7', '\u2032', '\u202e', '\u202c', '\u2066', '\u2069', '\u200f',
  'sqrt', 'abs', 'exp', 'log', 'ln', 'sin', 'pi', 'e', 'i', 'x', 'to', 'cm', 'mod',
  'import', 'createUnit', 'evaluate', 'parse', 'constructor', '__proto__', 'prototype', 'toString', '"', "'", '`', '$', '\\',
  'W1_11', 'W2_22', 'W_{21}^{(3)}', 'z1_1', 'z_2^{(2)}', 'a2_1', 'b2_1', 'x_1', 'H', "g'", 'g', 'sigma', "\\sigma'", '\\frac{', '\\left(', '\\right)', '\\cdot', '\\blank', '____',
  'W16_21', 'W3_64,64', 'z15_2', 'a14_1', 'W_{64,1}^{(2)}',
  'true', 'false', 'yes', 'T', 'a', 'b)', '(c)', '3', 'tanh', 'ReLU', '1/||w||', '||w||', 'skip', '?',
];

const adversarial = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(' ')),
  fc
    .tuple(fc.constantFrom('(', '[', '{', 'sqrt(', '\\frac{', '\\left('), fc.constantFrom(')', ']', '}', '}{1}', '\\right)', ''), fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('1', 'x', '1, 2', "g'(z1_1)"))
    .map(([open, close, n, inner]) => deep(open, close, n, inner)),
  fc.tuple(fc.constantFrom('1', 'x', '(', ', ', ' ', '9^', '-'), fc.integer({ min: 200, max: 120_000 })).map(([s, n]) => s.repeat(n)),
);

describe('random and adversarial strings, for every kind of answer (fast-check)', () => {
  it.each(KEYS)('$name: nothing throws, every outcome is well formed, every call is quick', ({ key }) => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const outcome = grade(key, text);
        expectWellFormed(outcome);
      }),
      { numRuns: 500 },
    );
  });
});

// Last in the file, which runs in order: everything above has thrown its worst at the graders.
describe('afterwards', () => {
  it('nothing was added to Object.prototype (or any built-in prototype), globalThis or mathjs', () => {
    expect(snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
