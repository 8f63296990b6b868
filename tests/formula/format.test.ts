import { describe, expect, it } from 'vitest';
import { formatFormula, formulasAgree } from '../../src/formula/index.js';
import { formula, NET_2221 } from './fixtures.js';

describe('formatFormula shows a key in the short spelling', () => {
  it.each([
    ["W_{22}^{(2)} g'(z_2^{(2)}) W_{21}^{(3)}", "W2_22 * g'(z2_2) * W3_21"],
    ['x_1 - (x_2 + a1_1)', 'x_1 - (x_2 + a1_1)'],
    ['x_1 - x_2 + a1_1', 'x_1 - x_2 + a1_1'],
    ['x_1 / (x_2 * z1_1)', 'x_1 / (x_2 * z1_1)'],
    ['x_1 * (x_2 / z1_1)', 'x_1 * x_2 / z1_1'],
    ['-(x_1 + x_2)', '-(x_1 + x_2)'],
    ['-x_1^2', '-x_1^2'],
    ['(-x_1)^2', '(-x_1)^2'],
    ['(x_1^2)^3', '(x_1^2)^3'],
    ['x_1^2^3', 'x_1^2^3'],
    ['2^-1', '2^-1'],
    ['\\sigma(x_1 + 1)', 'sigma(x_1 + 1)'],
    ["sigma'(x_1)", "sigma'(x_1)"],
    ['g(z_1^{(1)})', 'g(z1_1)'],
  ])('%s shows as %s', (text, shown) => {
    expect(formatFormula(formula(text))).toBe(shown);
  });

  it('shows a blank as ____ and a weight with a large node number with a comma', () => {
    expect(formatFormula({ kind: 'blank' })).toBe('____');
    expect(formatFormula({ kind: 'symbol', symbol: { kind: 'W', layer: 1, from: 12, to: 1 } })).toBe('W1_12,1');
    expect(formatFormula({ kind: 'binary', op: '-', left: { kind: 'number', value: 1 }, right: { kind: 'number', value: -2 } })).toBe(
      '1 - -2',
    );
  });

  it('what it shows reads back as the same formula', () => {
    for (const text of ['x_1 - (x_2 - a1_1) / (z1_1 - 2) ^ 2', "-(g'(z1_1) + 1) * -x_2", '2^-x_1^2']) {
      const f = formula(text);
      expect(formulasAgree(f, formula(formatFormula(f)), NET_2221)).toBe(true);
    }
  });
});
