import { describe, expect, it } from 'vitest';
import { parseVector } from '../../src/grade/parse-vector.js';

const values = (text: string, length: number): number[] | string => {
  const r = parseVector(text, length);
  return r.ok ? r.value.map((v) => v.value) : r.error;
};

describe('parseVector accepts the usual ways of writing a vector', () => {
  it.each([
    ['(4, 9)', [4, 9]],
    ['[4, 9]', [4, 9]],
    ['4, 9', [4, 9]],
    ['4 9', [4, 9]],
    ['  4\t 9 ', [4, 9]],
    ['(4, 9)^T', [4, 9]],
    ['[4, 9] ^ T', [4, 9]],
    ['4 -9', [4, -9]],
    ['(1 - 2, 3)', [-1, 3]],
    ['(1/2, sqrt(4))', [0.5, 2]],
    ['(1), (2)', [1, 2]],
    ['(-1.5e2, .5)', [-150, 0.5]],
  ])('%j', (text, want) => {
    expect(values(text, 2)).toEqual(want);
  });

  it('keeps the typed precision of each component', () => {
    expect(parseVector('(0.182, 14.0)', 2)).toEqual({
      ok: true,
      value: [
        { value: 0.182, sigFigs: 3, lastDigit: 0.001 },
        { value: 14, sigFigs: 3, lastDigit: 0.1 },
      ],
    });
  });

  it('reads a one-component vector', () => {
    expect(values('(7)', 1)).toEqual([7]);
  });
});

describe('parseVector format errors', () => {
  it.each([
    ['(4, 9, 1)', 'expected 2 components, got 3'],
    ['4', 'expected 2 components, got 1'],
    ['1 - 2 3', 'expected 2 components, got 4'],
    ['(4,, 9)', 'expected 2 components, got 3'],
    ['(4, )', 'component 2 is empty'],
    ['(4, abc)', 'component 2'],
    ['()', 'the answer is empty'],
    ['', 'the answer is empty'],
    ['(4, 9', 'component 1'],
    ['x'.repeat(100_000), 'longer than'],
  ])('%j', (text, message) => {
    const r = parseVector(text, 2);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(message);
      expect(r.hint).toContain('2 numbers');
    }
  });
});
