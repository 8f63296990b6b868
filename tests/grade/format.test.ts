import { describe, expect, it } from 'vitest';
import { formatKey, formatNumber } from '../../src/grade/format.js';
import type { AnswerKey } from '../../src/grade/key.js';

describe('formatNumber', () => {
  it.each([
    [-14, '-14'],
    [1400, '1400'],
    [-0, '0'],
    [0.5, '0.5'],
    [0.18242622, '0.182426'],
    [1 / 3, '0.333333'],
    [0.1 + 0.2, '0.300'], // not `0.3`: that would claim an exact value
    [1.0000004, '1.00'],
    [100.0000001, '100.0'],
    [123456.7, '123457'],
    [1.5e-7, '1.5e-7'],
    [1e21, '1e+21'],
    [2.5e300, '2.5e+300'],
  ])('%d -> %j', (x, text) => {
    expect(formatNumber(x)).toBe(text);
  });
});

describe('formatKey', () => {
  it.each([
    [{ kind: 'number', answer: -14 }, '-14'],
    [{ kind: 'vector', answer: [4, 9] }, '(4, 9)'],
    [{ kind: 'true-false', answer: true }, 'True'],
    [{ kind: 'true-false', answer: false }, 'False'],
    [{ kind: 'choice', options: ['0', '1'], answer: 0 }, 'a) 0'],
    [{ kind: 'expression', answer: 'W2_22 g(z2_2)', arch: { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'] } }, 'W2_22 g(z2_2)'],
  ] satisfies [AnswerKey, string][])('%j -> %j', (key, text) => {
    expect(formatKey(key)).toBe(text);
  });
});
