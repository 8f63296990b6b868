import { describe, expect, it } from 'vitest';
import { formatFormula, formulaLatex, formulasAgree, parseFormula, type Arch } from '../../src/formula/index.js';
import { renderFormula } from '../../src/latex/index.js';
import { formula } from './fixtures.js';

/** The docs' example network: a loss, and two declared symbols (docs/bank-format.md). */
const ARCH: Arch = { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'sigmoid'], loss: 'binary-cross-entropy', symbols: [{ name: 'eta', positive: true }, { name: 'lambda' }] };
const shown = (text: string, ascii = false): string => renderFormula(formulaLatex(text), { ascii }).text;

describe('a formula key as shown', () => {
  it('shows a key written short as the same key written in LaTeX', () => {
    const pairs: [string, string][] = [
      ["x_1 g'(z1_1) W2_11", "x_{1} g'(z_1^{(1)}) W_{11}^{(2)}"],
      ['W2_11 - eta * (a1_1 * delta2_1 + lambda * W2_11)', 'W_{11}^{(2)} - \\eta * (a_1^{(1)} * \\delta_1^{(2)} + \\lambda * W_{11}^{(2)})'],
      ['yhat - y', '\\hat{y} - y'],
      ['w2_12 + W(2)_21 + W^(2)_22 + b1_2', 'W_{12}^{(2)} + W_{21}^{(2)} + W_{22}^{(2)} + b_2^{(1)}'],
    ];
    for (const [short, latex] of pairs) {
      for (const ascii of [false, true]) expect(shown(short, ascii)).toBe(renderFormula(latex, { ascii }).text);
    }
    // Read as LaTeX, the short spelling showed a subscript 1 and then a 1.
    expect(renderFormula('W2_11', { ascii: false }).text).toBe('W2₁1');
    expect(shown('W2_11')).toBe('W⁽²⁾₁₁');
  });

  it('leaves a key in LaTeX as the author wrote it, and text that is no network formula', () => {
    for (const text of ["W_{ 11 }^{(1)} g'(z_{ 1 }^{(1)})", '\\hat{y} - y', 'exp(-eta * alpha^2)', '(1 - eta*alpha)^3 * w0', 'x^2 - 3x', 'W2_11 $ 2', '']) {
      expect(formulaLatex(text)).toBe(text);
    }
  });

  it('still reads as the same formula: the LaTeX shown is one a student could type', () => {
    for (const text of [
      "x_1 g'(z1_1) W2_11 + x_2 g'(z1_2) W2_21",
      'W2_11 - eta * (a1_1 * delta2_1 + lambda * W2_11)',
      '(yhat - y) * a2_1 / (1 - lambda)^2',
      "sigma'(z3_1) * eta * W3_21",
    ]) {
      const original = formula(text, ARCH);
      const again = parseFormula(formulaLatex(text), ARCH);
      expect(again.ok, formulaLatex(text)).toBe(true);
      if (again.ok) expect(formulasAgree(original, again.value, ARCH), `${formatFormula(original)} vs ${formulaLatex(text)}`).toBe(true);
    }
  });
});
