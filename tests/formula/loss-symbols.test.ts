/*
 * Issue 15: on a network with a loss, formulas may name the loss L, the
 * target y, the output ŷ and δ^(l)_j = dL/dz^(l)_j. Their values at each
 * random point are checked against the evaluator's own trace with the loss
 * (trace.ts, its backward pass), and formulas in them are graded as others.
 */
import { describe, expect, it } from 'vitest';
import { claimHolds, drawnFrom, formatFormula, formulasAgree, parseClaim, parseFormula, type Arch } from '../../src/formula/index.js';
import { pointCount, sharedPoints } from '../../src/formula/points.js';
import { trace, valueOf } from '../../src/nn/trace.js';
import { claim, formula, NET_221 } from './fixtures.js';

const SQUARE: Arch = { layers: [2, 2, 2, 1], activations: ['relu', 'tanh', 'linear'], biases: true, loss: 'square' };
const HALF: Arch = { ...NET_221, loss: 'half-square' };
const BCE: Arch = { layers: [2, 3, 1], activations: ['sigmoid', 'sigmoid'], loss: 'binary-cross-entropy' };
const agree = (a: string, b: string, arch: Arch): boolean => formulasAgree(formula(a, arch), formula(b, arch), arch);

describe('reading L, y, ŷ and δ', () => {
  it.each([
    ['L', 'L'],
    ['y', 'y'],
    ['y_1', 'y'],
    ['yhat', 'yhat'],
    ['yhat_1', 'yhat'],
    ['\u0177', 'yhat'],
    ['y\u0302', 'yhat'],
    ['\\hat{y}', 'yhat'],
    ['\\hat y', 'yhat'],
    ['delta2_1', 'delta2_1'],
    ['\u03b42_1', 'delta2_1'],
    ['\\delta_1^{(2)}', 'delta2_1'],
    ['\\delta^{(1)}_2', 'delta1_2'],
    ['delta_{2}^{(1)}', 'delta1_2'],
  ])('%s is %s', (text, shown) => {
    expect(formatFormula(formula(text, SQUARE))).toBe(shown);
  });

  it('reads them inside formulas, with the usual implicit products', () => {
    expect(formatFormula(formula("2(\\hat{y} - y) g'(z3_1)", SQUARE))).toBe("2 * (yhat - y) * g'(z3_1)");
    expect(formatFormula(formula("W3_11 \u03b43_1 g'(z2_1)", SQUARE))).toBe("W3_11 * delta3_1 * g'(z2_1)");
  });

  it('refuses them on a network without a loss, and what the network does not have', () => {
    for (const text of ['L', 'y', 'yhat', 'delta1_1']) {
      const r = parseFormula(text, NET_221);
      expect(!r.ok && r.error).toMatch(/is not in this network: L, y, yhat and delta belong to a network with a loss, and this one has none/);
    }
    expect(parseFormula('y_2', SQUARE).ok).toBe(false);
    expect(parseFormula('delta4_1', SQUARE).ok).toBe(false);
    expect(parseFormula('delta2_3', SQUARE).ok).toBe(false);
    expect(parseFormula('\\hat{x}', SQUARE).ok).toBe(false);
    // Cross-entropy needs a softmax output, which formulas do not read.
    const ce = parseFormula('L', { layers: [2, 2], activations: ['softmax'], loss: 'cross-entropy' });
    expect(!ce.ok && ce.error).toMatch(/cross-entropy needs a softmax output/);
  });

  it('lists them among the symbols when one is missing', () => {
    const r = parseFormula('z9_1', HALF);
    expect(!r.ok && r.error).toMatch(/, H, L, y, yhat, delta1_1, delta1_2, delta2_1$/);
  });
});

describe('their values at every point, against the evaluator\'s backward pass', () => {
  it.each([
    ['square, biased, ReLU and tanh', SQUARE],
    ['half square', HALF],
    ['binary cross-entropy after a sigmoid', BCE],
  ])('%s', (_, arch) => {
    const points = sharedPoints(arch, pointCount(arch), 11);
    expect(points.length).toBeGreaterThan(30);
    for (const p of points) {
      const y = p.value({ kind: 'y', node: 1 })!;
      if (arch.loss === 'binary-cross-entropy') expect(y > 0 && y < 1).toBe(true);
      const t = trace({ ...p.network(), loss: arch.loss! }, Array.from(p.x), {}, [y]);
      expect(p.value({ kind: 'L' })).toBeCloseTo(t.loss!, 12);
      for (let l = 1; l < arch.layers.length; l += 1) {
        for (let j = 1; j <= arch.layers[l]!; j += 1) {
          const by = { kind: 'z', layer: l, node: j } as const;
          const want = valueOf(t, { kind: 'd', of: 'L', by })!;
          const got = p.value({ kind: 'd', of: 'L', by })!;
          expect(Math.abs(got - want), `dL/dz${l}_${j}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
        }
      }
    }
  });
});

describe('grading formulas in them', () => {
  it('knows the output delta of each loss, and tells it from a slip', () => {
    expect(agree('delta3_1', '2 (yhat - y)', SQUARE)).toBe(true);
    expect(agree('delta3_1', 'yhat - y', SQUARE)).toBe(false);
    expect(agree('delta2_1', 'yhat - y', HALF)).toBe(true);
    expect(agree('delta2_1', '2 (yhat - y)', HALF)).toBe(false);
    expect(agree('delta2_1', 'yhat - y', BCE)).toBe(true);
    expect(agree('delta2_1', "(yhat - y) sigma'(z2_1)", BCE)).toBe(false);
  });

  it('knows the loss itself', () => {
    expect(agree('L', '(yhat - y)^2', SQUARE)).toBe(true);
    expect(agree('L', '(H - y)^2', SQUARE)).toBe(true);
    expect(agree('L', '(yhat - y)^2 / 2', HALF)).toBe(true);
    expect(agree('L', '(yhat - y)^2', HALF)).toBe(false);
  });

  it('knows the backward recursion, g\' and all', () => {
    expect(agree('delta2_1', "W3_11 delta3_1 g'(z2_1)", SQUARE)).toBe(true);
    expect(agree('delta2_1', 'W3_11 delta3_1', SQUARE)).toBe(false);
    expect(agree('delta1_2', "(W2_21 delta2_1 + W2_22 delta2_2) g'(z1_2)", SQUARE)).toBe(true);
    expect(agree('delta1_2', "W2_21 delta2_1 g'(z1_2)", SQUARE)).toBe(false);
    expect(agree('delta1_1', "W2_11 (yhat - y) g'(z1_1)", HALF)).toBe(true);
  });

  it('draws only the layers a delta needs', () => {
    expect(drawnFrom(SQUARE, [formula('delta3_1', SQUARE), formula('2 (yhat - y)', SQUARE)])).toBe(2);
    expect(drawnFrom(SQUARE, [formula('L', SQUARE)])).toBe(2);
    expect(drawnFrom(SQUARE, [formula('delta1_1', SQUARE)])).toBe(0);
  });
});

describe('claims of dL/dS', () => {
  const holds = (text: string, arch: Arch): boolean => claimHolds(claim(text, arch), arch).holds;

  it('are proved against the backward pass with the loss, and refuted when wrong', () => {
    expect(holds('dL/dz2_1 = yhat - y', BCE)).toBe(true);
    expect(holds('dL/dz2_1 = 2 (yhat - y)', BCE)).toBe(false);
    expect(holds('dL/dW1_12 = x_1 delta1_2', SQUARE)).toBe(true);
    expect(holds('dL/dW1_12 = x_2 delta1_2', SQUARE)).toBe(false);
    expect(holds('dL/db2_1 = delta2_1', SQUARE)).toBe(true);
    expect(holds("\\frac{\\partial L}{\\partial W_{21}^{(3)}} = a2_2 \\cdot 2(yhat - y)", SQUARE)).toBe(true);
    expect(holds("dL/dx_1 = W1_11 delta1_1 + W1_12 delta1_2", HALF)).toBe(true);
    expect(claimHolds(claim("dL/dz1_1 = ____ g'(z1_1)", HALF), HALF, formula('W2_11 (yhat - y)', HALF)).holds).toBe(true);
    expect(claimHolds(claim("dL/dz1_1 = ____ g'(z1_1)", HALF), HALF, formula('W2_11 yhat', HALF)).holds).toBe(false);
  });

  it('need a network with a loss, and dH/dS still means H', () => {
    const r = parseClaim('dL/dW1_11 = x_1', NET_221);
    expect(!r.ok && r.error).toMatch(/L, y, yhat and delta belong to a network with a loss/);
    expect(holds("dH/dW1_11 = x_1 g'(z1_1) W2_11", HALF)).toBe(true);
  });
});
