import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import { problemsOf } from '../../src/bank/model.js';
import { checkSources } from '../../src/check/check-banks.js';
import { declaredValues, drawnFrom, evaluate, parseFormula, samplePoints, type Arch } from '../../src/formula/index.js';
import { acceptedFormats, grade, selfTest } from '../../src/grade/index.js';
import type { AnswerKey } from '../../src/grade/key.js';

/**
 * Formulas that mix a network's symbols with the problem's declared ones
 * (issue 17): a weight after one step with weight decay, written with the
 * rate eta and the decay lambda.
 */
const arch: Arch = { layers: [2, 2, 1], activations: ['sigmoid', 'linear'], symbols: [{ name: 'eta', positive: true }, { name: 'lambda' }] };
const keyOf = (answer: string, a: Arch = arch): AnswerKey => ({ kind: 'expression', answer, arch: a });
/** The logistic sigmoid, written out here rather than taken from the evaluator. */
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('a formula in a network\'s symbols and declared ones', { timeout: 60_000 }, () => {
  // dH/dW2_11 = a1_1 for a linear output; the step with decay lambda*W.
  const key = keyOf('W2_11 - eta * (a1_1 + lambda * W2_11)');

  it.each([
    ['W2_11 - eta a1_1 - eta lambda W2_11'],
    ['(1 - η λ) W_{11}^{(2)} - \\eta a_1^{(1)}'],
    ['W2_11 (1 - lambda eta) - eta g(z1_1)'],
    ['W2_11 - eta sigma(z1_1) - lambda*eta*W2_11'],
  ])('takes %s as the key', (typed) => {
    expect(grade(key, typed)).toMatchObject({ status: 'graded', correct: true });
  });

  it.each([
    ['W2_11 - a1_1 - lambda W2_11', 'the rate left out: right only where eta = 1'],
    ['W2_11 - eta a1_1', 'the decay left out: right only where lambda = 0'],
    ['W2_11 + eta (a1_1 + lambda W2_11)', 'the step up the gradient'],
    ['W2_11 - eta^2 (a1_1 + lambda W2_11)', 'the rate squared'],
  ])('marks %s wrong (%s)', (typed) => {
    expect(grade(key, typed)).toMatchObject({ status: 'graded', correct: false });
  });

  it.each([
    ['W2_11 - mu a1_1', "unknown name \"mu\" at column 9; besides the network's symbols, this problem's are eta, lambda"],
    ['W2_11 - eta a3_1', 'is not in this network'],
    ['W2_11 - \\mu a1_1', 'is not part of the formula notation'],
    ['W2_11 - eta2 a1_1', '"eta2" at column 9 is not a symbol: eta takes no node number or subscript'],
    ['W2_11 - eta_1 a1_1', '"eta_1" at column 9 is not a symbol'],
  ])('reads %s as a format error, never a wrong mark', (typed, why) => {
    const g = grade(key, typed);
    expect(g.status).toBe('format-error');
    if (g.status === 'format-error') expect(g.error).toContain(why);
  });

  it('evaluates a declared symbol at the value drawn for it, beside the network\'s values', () => {
    const f = parseFormula('eta * a1_1 + lambda', arch);
    expect(f.ok).toBe(true);
    if (!f.ok) return;
    const [point] = samplePoints(arch, 1, 7);
    // By hand: a1_1 is the sigmoid of z1_1 = x_1 W1_11 + x_2 W1_21.
    const a11 = sigmoid(point!.value({ kind: 'x', node: 1 })! * point!.value({ kind: 'W', layer: 1, from: 1, to: 1 })! + point!.value({ kind: 'x', node: 2 })! * point!.value({ kind: 'W', layer: 1, from: 2, to: 1 })!);
    expect(evaluate(f.value, point!, undefined, { eta: 0.5, lambda: -2 }).value).toBeCloseTo(0.5 * a11 - 2, 12);
  });

  it('draws each declared symbol afresh at every point, a positive one above 0', () => {
    const values = declaredValues(arch, 64, 1);
    const etas = values.map((v) => v.eta!);
    const lambdas = values.map((v) => v.lambda!);
    expect(new Set(etas).size).toBe(64);
    expect(Math.min(...etas)).toBeGreaterThan(0);
    expect(Math.min(...lambdas)).toBeLessThan(0);
    expect(Math.max(...lambdas)).toBeGreaterThan(0);
    expect(declaredValues(arch, 64, 1)).toEqual(values);
  });

  it('lists the declared symbols at ?, after the network notation', () => {
    const help = acceptedFormats(key);
    expect(help).toContain("Type a formula in the network's symbols");
    expect(help).toContain("This problem's own symbols, besides the network's: eta (> 0), lambda.");
    expect(help).toContain('as in (1 - eta) * H + eta * x_1');
  });

  it('self-tests the key, and says when a symbol must be declared positive', () => {
    expect(selfTest(key)).toEqual([]);
    const root = keyOf('lambda^0.5 * W2_11');
    expect(selfTest(root).join('\n')).toMatch(/the key has no value at \d+ of \d+ random points; say which symbols are positive/);
    expect(selfTest(keyOf('eta^0.5 * W2_11'))).toEqual([]);
  });
});

/** The same step on a network with a loss: the key names the loss's delta beside eta and lambda. */
const HALF: Arch = { layers: [2, 2, 1], activations: ['sigmoid', 'linear'], loss: 'half-square', symbols: [{ name: 'eta', positive: true }, { name: 'lambda' }] };

describe("declared symbols beside a loss's L, y, yhat and delta", { timeout: 60_000 }, () => {
  const key = keyOf('W2_11 - eta (a1_1 delta2_1 + lambda W2_11)', HALF);

  it.each([
    // Half square and a linear output: delta2_1 = yhat - y.
    ['W2_11 - eta a1_1 (yhat - y) - eta lambda W2_11'],
    ['(1 - η λ) W_{11}^{(2)} - η a_1^{(1)} δ_1^{(2)}'],
    ['W2_11 - \\eta (\\hat{y} - y) g(z1_1) - \\eta \\lambda W2_11'],
  ])('takes %s as the key', (typed) => {
    expect(grade(key, typed)).toMatchObject({ status: 'graded', correct: true });
  });

  it.each([
    ['W2_11 - 2 eta a1_1 (yhat - y) - eta lambda W2_11', "the square's 2, which the half square cancels"],
    ['W2_11 - a1_1 delta2_1 - lambda W2_11', 'the rate left out'],
    ['W2_11 - eta (a1_1 delta2_1 + lambda)', 'the decay without its weight'],
  ])('marks %s wrong (%s)', (typed) => {
    expect(grade(key, typed)).toMatchObject({ status: 'graded', correct: false });
  });

  it('evaluates eta L as the drawn eta times the loss of the point, worked out here from yhat and y', () => {
    const f = parseFormula('eta L', HALF);
    if (!f.ok) throw new Error(f.error);
    for (const point of samplePoints(HALF, 4, 3)) {
      const yhat = point.value({ kind: 'a', layer: 2, node: 1 })!;
      const y = point.value({ kind: 'y', node: 1 })!;
      expect(evaluate(f.value, point, undefined, { eta: 0.25 }).value).toBeCloseTo(0.25 * 0.5 * (yhat - y) ** 2, 12);
    }
  });

  it('self-tests the key', () => {
    expect(selfTest(key)).toEqual([]);
  });
});

describe('the layer points are drawn from, with declared symbols', () => {
  const LARGEST: Arch = {
    layers: [...Array<number>(16).fill(64), 1],
    activations: [...Array(15).fill('relu' as const), 'linear'],
    symbols: [{ name: 'eta', positive: true }],
  };
  const parsed = (text: string) => {
    const r = parseFormula(text, LARGEST);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };

  it('is not moved by a declared symbol: it has no layer', () => {
    expect(drawnFrom(LARGEST, [parsed('eta W16_21')])).toBe(drawnFrom(LARGEST, [parsed('W16_21')]));
    expect(drawnFrom(LARGEST, [parsed('eta a14_1 W15_11')])).toBe(13);
    expect(drawnFrom(LARGEST, [parsed('eta'), parsed('H')])).toBe(15);
  });

  it('grades a formula in the top layers and eta on the largest network, and still bounds the layers named', () => {
    const key = keyOf('eta a15_2 W16_21', LARGEST);
    expect(grade(key, 'W16_21 a15_2 η')).toMatchObject({ status: 'graded', correct: true });
    expect(grade(key, 'W16_21 a15_2')).toMatchObject({ status: 'graded', correct: false });
    const low = grade(key, 'eta x_1');
    expect(low.status).toBe('format-error');
    if (low.status === 'format-error') expect(low.error).toMatch(/^x_1 is in layer 0: on a network this large a formula may name layers 13 and up/);
  });
});

const bank = (symbols: string, answer: string) => `
title: Declared symbols on a network
problems:
  - id: decay-step
    tags: [formulas]
    prompt: A 2-2-1 network, sigmoid hidden layer and linear output; one step with rate eta and weight decay lambda.
    network: { layers: [2, 2, 1], activations: [sigmoid, linear] }
    symbols: ${symbols}
    parts:
      - prompt: W2_11 after the step?
        kind: expression
        answer: ${answer}
        explanation: dH/dW2_11 = a1_1, and the decay adds lambda W2_11.
`;

describe('check on a bank whose formula mixes the two', { timeout: 60_000 }, () => {
  it('holds for a sound key', () => {
    const report = checkSources([{ file: 'mixed.yaml', text: bank('[{ eta: positive }, lambda]', 'W2_11 - eta (a1_1 + lambda W2_11)') }]);
    expect(report.diagnostics).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('refuses a declared name that spells a network symbol, at its line', () => {
    const report = checkSources([{ file: 'mixed.yaml', text: bank('[eta, a1]', 'W2_11 - eta a1_1') }]);
    expect(report.ok).toBe(false);
    const d = report.diagnostics.find((x) => x.message.includes("'a1' reads as one of the network's symbols"));
    expect(d?.line).toBe(8);
  });

  it.each([
    ['[eta, delta]', 'delta'],
    ['[y, eta]', 'y'],
    ['[eta, L]', 'L'],
  ])("refuses %s: a name the loss's symbols take, even on a network without a loss", (symbols, name) => {
    const report = checkSources([{ file: 'mixed.yaml', text: bank(symbols, 'W2_11 - eta a1_1') }]);
    expect(report.ok).toBe(false);
    expect(report.diagnostics.map((d) => d.message).join('\n')).toContain(`'${name}' reads as one of a loss's symbols (L, y, yhat, delta)`);
  });

  it('fails a key with a symbol under a root that may be drawn negative', () => {
    const report = checkSources([{ file: 'mixed.yaml', text: bank('[eta, lambda]', 'W2_11 - eta^0.5 a1_1') }]);
    expect(report.ok).toBe(false);
    expect(report.diagnostics.map((d) => d.message).join('\n')).toMatch(/say which symbols are positive/);
  });
});

describe('the example in docs/bank-format.md', { timeout: 60_000 }, () => {
  it('checks, and takes its key typed another way', () => {
    const doc = readFileSync(new URL('../../docs/bank-format.md', import.meta.url), 'utf8');
    const example = /```yaml\n(  - id: decay-in-symbols[\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const report = checkSources([{ file: 'doc.yaml', text: `problems:\n${example!}` }]);
    expect(report.diagnostics).toEqual([]);
    const loaded = loadBank('doc.yaml', `problems:\n${example!}`);
    if (!loaded.ok) throw new Error('does not load');
    const [part] = problemsOf(loaded.bank).flatMap((p) => p.parts);
    expect(grade(part!.key, '(1 - η λ) W_{11}^{(2)} - η a_1^{(1)} \\delta_1^{(2)}')).toMatchObject({ status: 'graded', correct: true });
    expect(grade(part!.key, '(1 - η λ) W_{11}^{(2)} - η a_1^{(1)}')).toMatchObject({ status: 'graded', correct: false });
  });
});
