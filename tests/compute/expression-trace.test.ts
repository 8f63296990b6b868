/**
 * `compute: expression` reading the network's trace by name, each value
 * checked against a hand computation, and the names a student types in
 * formulas (W2_12 is from node 1 to node 2 whatever the bank's layout).
 */
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check/check-banks.js';
import { computeKey } from '../../src/compute/compute-key.js';
import type { NetworkData } from '../../src/schema/data.js';

// The README's network: z1 = (4, 6), a1 = (4, 6), H = 4 - 6 = -2, dH/dz1 = (1, -1).
const plain: NetworkData = { layers: [2, 2, 1], activations: ['relu', 'linear'], weights: [[[1, 2], [3, 4]], [[1], [-1]]], input: [1, 1] };
// One sigmoid node at z = 0: ŷ = 1/2, L = ½(½ - 1)² = 1/8, dL/dz = (½ - 1)(¼) = -1/8.
const sigmoid: NetworkData = { layers: [1, 1], activations: ['sigmoid'], weights: [[[0]]], input: [3], loss: 'half-square', target: 1 };

const value = (network: NetworkData, expr: string, given: Record<string, number> = {}) => {
  const r = computeKey({ network, given }, { of: 'expression', expr });
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('an expression reads the trace by the names of formulas', () => {
  it.each([
    ['a1_2 * (1 - a1_2)', -30],
    ['z1_1 + z1_2', 10],
    ['W1_12 + W1_21', 5],
    ['W2_21', -1],
    ['x_1 + x_2', 2],
    ['H', -2],
    // dH/dW^(2)_21 = a^(1)_2 dH/dz^(2)_1 = 6; dH/dz^(1)_2 = W2_21 ReLU'(6) = -1.
    ['dH_dW2_21', 6],
    ['dH_dz1_2', -1],
    // dH/dx_1 = W1_11 dH/dz1_1 + W1_12 dH/dz1_2 = 1 - 2.
    ['dH_dx_1', -1],
  ])('%s = %d', (expr, expected) => {
    expect(value(plain, expr)).toBe(expected);
  });

  it('reads the loss, the target, the output and the derivatives of L', () => {
    expect(value(sigmoid, 'L')).toBe(0.125);
    expect(value(sigmoid, 'y_1 - yhat_1')).toBe(0.5);
    expect(value(sigmoid, 'a1_1 * (1 - a1_1)')).toBe(0.25);
    expect(value(sigmoid, 'dL_dz1_1')).toBe(-0.125);
    // dL/dW = x dL/dz = 3(-1/8).
    expect(value(sigmoid, 'dL_dW1_11')).toBe(-0.375);
  });

  it('names weights from-to (as formulas do) when the bank writes them to-from', () => {
    const toFrom: NetworkData = { layers: [2, 2, 1], activations: ['relu', 'linear'], layout: 'to-from', weights: [[[1, 3], [2, 4]], [[1, -1]]], input: [1, 1] };
    // The same network as `plain`: W^(1) from node 1 to node 2 is 2.
    expect(value(toFrom, 'W1_12')).toBe(2);
    expect(value(toFrom, 'a1_2 * (1 - a1_2)')).toBe(-30);
  });

  it('a given name wins over a network value of the same name', () => {
    expect(value(plain, 'H * 10', { H: 7 })).toBe(70);
  });

  it('over a data set, L is the risk and per-point values have no name', () => {
    const data: NetworkData = { layers: [1, 1], activations: ['linear'], weights: [[[2]]], loss: 'half-square', reduce: 'sum', data: [{ input: [1], target: 1 }, { input: [2], target: 5 }] };
    // Losses ½(2-1)² and ½(4-5)²; the sum's gradient in W: 1(1) + 2(-1) = -1.
    expect(value(data, 'L')).toBe(1);
    expect(value(data, 'dL_dW1_11')).toBe(-1);
    const r = computeKey({ network: data }, { of: 'expression', expr: 'z1_1' });
    expect(r).toMatchObject({ ok: false });
  });
});

describe('the activations of an expression are the evaluator\'s', () => {
  it.each([
    ['relu(z1_1 - 10)', 0],
    ['relu(z1_1)', 4],
    // ReLU'(0) = 0: step(0) is 0, as the evaluator's derivative has it.
    ['step(z1_1 - 4)', 0],
    ['step(z1_1 - 3.5)', 1],
    ['sigmoid(0)', 0.5],
    ['tanh(0)', 0],
    ['ln(exp(2))', 2],
  ])('%s = %d', (expr, expected) => {
    expect(value(plain, expr)).toBe(expected);
  });
});

describe('an unknown name', () => {
  it('lists the names the network has', () => {
    const r = computeKey({ network: plain }, { of: 'expression', expr: 'a3_1 + 1' });
    expect(r.ok).toBe(false);
    const error = r.ok ? '' : r.error;
    expect(error).toMatch(/unknown name "a3_1"/);
    expect(error).toContain("the network's values are W1_11..W1_22, W2_11, W2_21, ");
    expect(error).toContain('a1_1, a1_2');
    expect(error).toContain('dH_dW1_11..dH_dW1_22');
  });

  it('is a located check error', () => {
    const text = `problems:
  - id: p
    tags: []
    prompt: A network.
    network: { layers: [1, 1], activations: [linear], weights: [[[2]]], input: [1] }
    parts:
      - prompt: What is it?
        kind: number
        compute: { of: expression, expr: 'zz1_1 * 2' }
        explanation: It is what it is.
`;
    const d = checkSources([{ file: 'b.yaml', text }]).diagnostics.filter((x) => x.severity === 'error');
    expect(d.map((x) => [x.code, x.file, x.line])).toEqual([['cannot-compute', 'b.yaml', 9]]);
    expect(d[0]!.message).toMatch(/unknown name "zz1_1".*the network's values are W1_11, z1_1, a1_1, x_1, H/);
  });
});
