import { describe, expect, it } from 'vitest';
import { formulasAgree, MAX_FORMULA_NESTING, parseFormula, symbolsOf } from '../../src/formula/index.js';
import { BIASED_2221, formula, NET_221, NET_2221 } from './fixtures.js';

const KEY_2 = "W_{22}^{(2)} g'(z_2^{(2)}) W_{21}^{(3)}";

describe('spellings of problem 2\'s key all read as the key', () => {
  it.each([
    KEY_2,
    "W^{(2)}_{22} g'(z^{(2)}_2) W^{(3)}_{21}",
    "W_{22}^{(2)}\\, g'(z_2^{(2)}) \\, W_{21}^{(3)}",
    "W_{22}^{(2)} \\cdot g^\\prime(z_2^{(2)}) \\times W_{21}^{(3)}",
    "W_{22}^{(2)} g^{\\prime}\\left(z_{2}^{(2)}\\right) W_{21}^{(3)}",
    "W_{21}^{(3)} g'(z_2^{(2)}) W_{22}^{(2)}",
    "W2_22 * g'(z2_2) * W3_21",
    "W2_22*g'(z2_2)*W3_21",
    "W2_22 g'(z2_2) W3_21",
    "W3_21 g'(z2_2) W2_22",
    "g'(z2_2) W2_22 W3_21",
    "W(2)_22 g'(z(2)_2) W(3)_21",
    "W^(2)_22 g'(z^(2)_2) W^(3)_21",
    "W_22^(2) g'(z_2^(2)) W_21^(3)",
    "W2_{22} g'(z2_{2}) W3_{21}",
    "W2_2,2 g'(z2_2) W3_2,1",
    "W_{2,2}^{(2)} g'(z_{2}^{(2)}) W_{2, 1}^{(3)}",
    "w2_22 g'(z2_2) w3_21",
    "W2_22 g′(z2_2) W3_21",
    "W2_22 · g'(z2_2) × W3_21",
    "[W2_22 g'(z2_2)] {W3_21}",
    "(W2_22)(g'(z2_2))(W3_21)",
    "\\frac{W2_22 g'(z2_2) W3_21}{1}",
    "2 W2_22 g'(z2_2) W3_21 / 2",
    "- -W2_22 g'(z2_2) W3_21",
    "W2_22 g'(z2_2) W3_21 + 0",
  ])('%s', (text) => {
    expect(formulasAgree(formula(KEY_2), formula(text), NET_2221)).toBe(true);
  });
});

describe('other symbols read as the seed defines them', () => {
  it.each([
    ['x_1', 'x1'],
    ['x_{1}', 'a0_1'],
    ['a_2^{(1)}', 'a1_2'],
    ['a^{(1)}_2', 'g(z1_2)'],
    ['z^{(2)}_1', 'z2_1'],
    ['z1_1', 'W1_11 x_1 + W1_21 x_2'],
    ['z2_2', 'W2_12 a1_1 + W2_22 a1_2'],
    ['H', 'W3_11 a2_1 + W3_21 a2_2'],
    ['H', 'a3_1'],
    ['\\sigma(z1_1)', '1 / (1 + 2.718281828459045^(-z1_1))'],
    ["sigma'(x_1)", 'sigma(x_1) (1 - sigma(x_1))'],
    ['σ(x_1)', 'sigma(x_1)'],
    ['x_1^2', 'x_1 x_1'],
    ['x_1^{2}', 'x_1 * x_1'],
    ['-x_1^2', '-(x_1 x_1)'],
    ['2^-1 x_1', 'x_1 / 2'],
    ['1/2 x_1', '(1/2) x_1'],
    ['\\dfrac{x_1}{x_2}', 'x_1 / x_2'],
    ['x_1 − x_2', 'x_1 - x_2'],
    ["g'(z3_1)", '1'],
  ])('%s = %s', (a, b) => {
    expect(formulasAgree(formula(a), formula(b), NET_2221)).toBe(true);
  });

  it('reads biases when the network has them', () => {
    expect(formulasAgree(formula('z1_1', BIASED_2221), formula('W1_11 x_1 + W1_21 x_2 + b_1^{(1)}', BIASED_2221), BIASED_2221)).toBe(true);
  });

  it('reads node numbers of 10 or more with a comma', () => {
    const wide = { layers: [12, 2, 1], activations: ['relu', 'linear'] } as const;
    const arch = { layers: [...wide.layers], activations: [...wide.activations] };
    expect(formula('W1_12,1', arch)).toEqual(formula('W_{12,1}^{(1)}', arch));
    expect(formula('W1_12', arch)).toEqual({ kind: 'symbol', symbol: { kind: 'W', layer: 1, from: 1, to: 2 } });
    expect(formula('x12', arch)).toEqual(formula('x_{12}', arch));
    expect(parseFormula('W1_121', arch)).toMatchObject({ ok: false, error: expect.stringContaining('ambiguous') });
  });
});

const SYMBOLS_2221 = 'W1_11..W1_22, W2_11..W2_22, W3_11, W3_21, z1_1, z1_2, z2_1, z2_2, z3_1';

describe('format errors say what is wrong', () => {
  it.each([
    ['W4_11', 'there is no layer 4'],
    ['W2_33', 'layer 1 has 2 nodes'],
    ['W3_12', 'layer 3 has 1 node'],
    ['x_3', 'the network has 2 inputs'],
    ['z0_1', 'layers are numbered from 1'],
    ['b2_1', 'this network has no biases'],
    ["x_1 g'(z_5^{(2)})", 'layer 2 has 2 nodes'],
  ])('%s is not in the network, and the message lists what is', (text, why) => {
    const r = parseFormula(text, NET_2221);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain(why);
    expect(r.error).toContain(SYMBOLS_2221);
    expect(r.error).toContain('a1_1, a1_2, a2_1, a2_2, a3_1, x_1, x_2, H');
    expect(r.hint).toContain("W2_22 * g'(z2_2) * W3_21");
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['a_2', 'needs its layer'],
    ['W_{22}', 'needs its layer'],
    ['W2', 'needs two node numbers'],
    ['W2_2', 'needs two node numbers'],
    ['z2', 'needs a node number'],
    ['z2_1,2', 'takes one node number'],
    ['x', 'needs a node number'],
    ['x1_2', 'input number twice'],
    ['W2_123', 'ambiguous'],
    ['W2_2_2', 'W2_22'],
    ['z2_1_1', 'two subscripts'],
    ['x_1^{(2)}', 'has no layer'],
    ['z2_1^(2)', 'already has its layer'],
    ["g'(a1_1)", 'applies to a z symbol only'],
    ["g'(z2_1 + 1)", 'applies to a z symbol only'],
    ["g'z2_1", 'needs brackets'],
    ['sigma x_1', 'needs brackets'],
    ['dH/dx_1', 'derivative'],
    ['\\partial H', 'derivative'],
    ['x_1 = x_2', 'belongs in a claim'],
    ['x_1 + ____', 'blank'],
    ['x_1 + \\blank', 'blank'],
    ['(x_1', 'not closed'],
    ['(x_1]', 'not closed'],
    ['x_1)', 'no matching'],
    ['x_1 +', 'ends too soon'],
    ['* x_1', 'needs something before it'],
    ['x_1 _ 2', 'must follow a symbol'],
    ['\\alpha', '"\\\\alpha"'],
    ['exp(x_1)', 'unknown name "exp"'],
    ['import(1)', 'unknown name "import"'],
    ['x_1 ; x_2', 'not allowed'],
    ['x_1 $', 'not allowed'],
  ])('%j: %s', (text, message) => {
    const r = parseFormula(text, NET_2221);
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining(message) });
  });

  it('gives the column of the problem', () => {
    expect(parseFormula('x_1 + W4_11', NET_2221)).toMatchObject({ ok: false, error: expect.stringContaining('column 7') });
  });

  it('bounds the length and the nesting', () => {
    const nested = (n: number): string => `${'('.repeat(n)}x_1${')'.repeat(n)}`;
    expect(parseFormula(nested(MAX_FORMULA_NESTING), NET_2221).ok).toBe(true);
    expect(parseFormula(nested(MAX_FORMULA_NESTING + 1), NET_2221)).toMatchObject({ ok: false, error: expect.stringContaining('nested') });
    expect(parseFormula(`${'-'.repeat(MAX_FORMULA_NESTING + 1)}x_1`, NET_2221).ok).toBe(false);
    expect(parseFormula(`x_1 + ${'x_2 + '.repeat(48)}1`, NET_2221).ok).toBe(true);
    expect(parseFormula('x_1 '.repeat(76), NET_2221)).toMatchObject({ ok: false, error: expect.stringContaining('300') });
  });

  it('refuses a malformed network rather than guessing', () => {
    expect(parseFormula('x_1', { layers: [2, 2], activations: [] })).toMatchObject({ ok: false, error: expect.stringContaining('activations') });
    expect(parseFormula('x_1', { layers: [2, 3], activations: ['relu'] })).toMatchObject({ ok: false, error: expect.stringContaining('1 node') });
  });
});

describe('symbolsOf', () => {
  it('lists every symbol of a network in the short spelling', () => {
    expect(symbolsOf(NET_221)).toEqual([
      'W1_11', 'W1_12', 'W1_21', 'W1_22', 'W2_11', 'W2_21',
      'z1_1', 'z1_2', 'z2_1', 'a1_1', 'a1_2', 'a2_1', 'x_1', 'x_2', 'H',
    ]);
    expect(symbolsOf(BIASED_2221)).toContain('b3_1');
  });

  it('every listed symbol parses', () => {
    for (const name of symbolsOf(BIASED_2221)) expect(parseFormula(name, BIASED_2221).ok).toBe(true);
  });
});
