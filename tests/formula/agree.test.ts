import { describe, expect, it } from 'vitest';
import { formulaAgreement, formulasAgree, parseFormula, type Arch } from '../../src/formula/index.js';
import { BIASED_2221, formula, NET_221, NET_2221, SIGMOID_2221, TANH_2221 } from './fixtures.js';

const KEY_2 = "W_{22}^{(2)} g'(z_2^{(2)}) W_{21}^{(3)}";
const OTHER_PATH_2 = "W_{21}^{(2)} g'(z_1^{(2)}) W_{11}^{(3)}";
/** Problem 3's full sum, dH/dx_1 on 2-2-1. */
const SUM_3 = "W_{11}^{(1)} g'(z_1^{(1)}) W_{11}^{(2)} + W_{12}^{(1)} g'(z_2^{(1)}) W_{21}^{(2)}";

const agree = (a: string, b: string, arch: Arch = NET_2221): boolean => formulasAgree(formula(a, arch), formula(b, arch), arch);

describe('the same formula written another way agrees', () => {
  it.each([
    ['a sum in another order', SUM_3, "W1_12 g'(z1_2) W2_21 + W1_11 g'(z1_1) W2_11"],
    ['factors in another order', SUM_3, "W2_21 W1_12 g'(z1_2) + g'(z1_1) W2_11 W1_11"],
    ['a common factor taken out', "x_1 W1_11 + x_1 W1_12", 'x_1 (W1_11 + W1_12)'],
    ['a factor squared vs written twice', "W1_11^2 g'(z1_1)", "W1_11 g'(z1_1) W1_11"],
    ['an expanded square', '(W1_11 + W1_12)^2', 'W1_11^2 + 2 W1_11 W1_12 + W1_12^2'],
    ['g\' squared, which ReLU makes idempotent', "g'(z1_1)^2 W2_11", "g'(z1_1) W2_11"],
    ['a over a product', 'x_1 / (x_2 W1_11)', 'x_1 / x_2 / W1_11'],
  ])('%s', (_, a, b) => {
    expect(agree(a, b, NET_221)).toBe(true);
  });
});

describe('a different formula disagrees', () => {
  it.each([
    ['the other path\'s term (problem 2)', KEY_2, OTHER_PATH_2],
    ['off by a factor of 2', KEY_2, `2 ${KEY_2}`],
    ['a sign flip', KEY_2, `-${KEY_2}`],
    ['a missing g\'', KEY_2, 'W2_22 W3_21'],
    ['g\' of the wrong node', KEY_2, "W2_22 g'(z2_1) W3_21"],
    ['a transposed weight', KEY_2, "W2_22 g'(z2_2) W3_11"],
    ['one path where two are summed', "W3_11 g'(z2_1) W2_21 + W3_21 g'(z2_2) W2_22", "W3_11 g'(z2_1) W2_21"],
    ['the key plus a tiny term', KEY_2, `${KEY_2} + 0.000001`],
    ['g in place of g\'', "W3_11 g'(z2_1)", 'W3_11 g(z2_1)'],
  ])('%s', (_, a, b) => {
    expect(agree(a, b)).toBe(false);
  });

  it('a term that only shows when all four hidden nodes are on is still caught', () => {
    const allOn = "g'(z1_1) g'(z1_2) g'(z2_1) g'(z2_2)";
    expect(agree(KEY_2, `${KEY_2} + ${allOn}`)).toBe(false);
    expect(agree(KEY_2, `${KEY_2} + (1 - g'(z1_1)) g'(z1_2) (1 - g'(z2_1)) (1 - g'(z2_2))`)).toBe(false);
  });

  it.each([
    ['sigmoid', SIGMOID_2221],
    ['tanh', TANH_2221],
    ['ReLU with biases', BIASED_2221],
  ])('on %s networks too', (_, arch) => {
    expect(agree(KEY_2, "W3_21 g'(z2_2) W2_22", arch)).toBe(true);
    expect(agree(KEY_2, OTHER_PATH_2, arch)).toBe(false);
    expect(agree(KEY_2, `1.000001 ${KEY_2}`, arch)).toBe(false);
  });
});

describe('agreement', () => {
  it('says where two formulas part', () => {
    const r = formulaAgreement(formula(KEY_2), formula(OTHER_PATH_2), NET_2221);
    // Neither names layer 1, so it is not drawn: 32 points, and 4 beside the kinks of layer 2's two ReLU nodes.
    expect(r).toMatchObject({ agree: false, points: 36 });
    expect(r.detail).toMatch(/^at point \d+ of 36, W2_22 \* g'\(z2_2\) \* W3_21 = \S+ but W2_21 \* g'\(z2_1\) \* W3_11 = /);
  });

  it('is the same every run, and a seed changes the points, not the verdict', () => {
    const a = formula(KEY_2);
    const b = formula("W3_21 W2_22 g'(z2_2)");
    const c = formula(OTHER_PATH_2);
    expect(formulaAgreement(a, c, NET_2221)).toEqual(formulaAgreement(a, c, NET_2221));
    for (const seed of [1, 2, 3, 99]) {
      expect(formulasAgree(a, b, NET_2221, { seed })).toBe(true);
      expect(formulasAgree(a, c, NET_2221, { seed })).toBe(false);
    }
  });

  it('a value that is not finite never agrees', () => {
    expect(agree('x_1 / 0', 'x_1 / 0')).toBe(false);
  });

  it('adding and taking away a huge number cannot widen the tolerance', () => {
    expect(agree(KEY_2, `${OTHER_PATH_2} + 1e20 - 1e20`)).toBe(false);
  });

  it('throws on a formula parsed for another network: a caller\'s bug, not a wrong answer', () => {
    const big = formula('W2_13', { layers: [2, 2, 3, 1], activations: ['relu', 'relu', 'linear'] });
    expect(parseFormula('W2_13', NET_2221).ok).toBe(false);
    expect(() => formulasAgree(big, big, NET_2221)).toThrow(/W2_13 is not in this network/);
  });
});

describe('a smoothed kink is not the kink', () => {
  it.each([
    ['sigma(1000 z) for g\'(z)', "W2_22 sigma(1000*z2_2) W3_21"],
    ['sigma(10^6 z) for g\'(z)', "W2_22 sigma(1000000*z2_2) W3_21"],
  ])('%s disagrees, because points sit on both sides close to every kink', (_, smoothed) => {
    expect(agree(KEY_2, smoothed)).toBe(false);
  });

  it('while the key still agrees with itself written another way', () => {
    expect(agree(KEY_2, "W3_21 W2_22 g'(z2_2)")).toBe(true);
  });

  it('with biases too', () => {
    expect(agree(KEY_2, "W2_22 sigma(1000*z2_2) W3_21", BIASED_2221)).toBe(false);
  });
});

describe('past the patterns one can list (3-6-6-1: the points draw theirs at random)', () => {
  const EXAM: Arch = { layers: [3, 6, 6, 1], activations: ['relu', 'relu', 'linear'] };
  const key = "x_1 g'(z1_2) W2_21";
  const allOn = (layer: number) => Array.from({ length: 6 }, (_, j) => `g'(z${layer}_${j + 1})`).join(' ');

  it('tells apart a difference that lives only where all six nodes of a layer are on (1 pattern of 64)', () => {
    for (const layer of [1, 2]) {
      const f = formulaAgreement(formula(key, EXAM), formula(`${key} + ${allOn(layer)}`, EXAM), EXAM);
      expect(f.agree, `layer ${layer}: ${f.detail}`).toBe(false);
    }
  });

  it('tells apart a difference that lives only where a layer is all off, where a point can be', () => {
    // Layer 2 all off leaves only the linear output at 0: a point can be there.
    const off = Array.from({ length: 6 }, (_, j) => `(1 - g'(z2_${j + 1}))`).join(' ');
    expect(formulasAgree(formula(key, EXAM), formula(`${key} + ${off}`, EXAM), EXAM)).toBe(false);
  });
});
