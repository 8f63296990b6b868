import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedFormats, grade, selfTest } from '../../src/grade/index.js';
import type { AnswerKey } from '../../src/grade/key.js';

const symbols = [{ name: 'alpha' }, { name: 'eta', positive: true }];
const keyOf = (answer: string): AnswerKey => ({ kind: 'expression', answer, arch: { layers: [], activations: [] }, symbols });

describe('a formula in declared symbols', { timeout: 60_000 }, () => {
  const key = keyOf('alpha^2 * exp(-eta) / 2');

  it.each([
    ['alpha^2 * exp(-eta) / 2'],
    ['0.5 alpha alpha e^(-eta)'],
    ['α^2 e^{-η}/2'],
    ['\\frac{\\alpha^2}{2 e^{\\eta}}'],
    ['\\dfrac{1}{2}\\alpha^{2} \\exp(-\\eta)'],
    ['alpha^2 / (2 * exp(eta))'],
  ])('takes %s as the key', (typed) => {
    expect(grade(key, typed)).toMatchObject({ status: 'graded', correct: true });
  });

  it.each([['alpha^2 * exp(eta) / 2'], ['alpha * exp(-eta) / 2'], ['alpha^2 / 2'], ['(alpha^2 * exp(-eta) / 2) + 1e-6']])('marks %s wrong', (typed) => {
    expect(grade(key, typed)).toMatchObject({ status: 'graded', correct: false });
  });

  it.each([
    ['beta', 'unknown name "beta"; the symbols are alpha, eta (> 0)'],
    ['alpha = 1', 'the character "=" is not allowed'],
    ['W2_11', 'unknown name "W2_11"'],
    ['(alpha', 'is not closed'],
    ['alpha +', 'Unexpected end'],
    ['', 'it is empty'],
  ])('reads %s as a format error, never a wrong mark', (typed, why) => {
    const g = grade(key, typed);
    expect(g.status).toBe('format-error');
    if (g.status === 'format-error') expect(g.error).toContain(why);
  });

  it('lists the declared symbols at ?', () => {
    expect(acceptedFormats(key)).toContain("Type a formula in this problem's symbols: alpha, eta (> 0).");
  });

  it('accepts any rewriting that is the same function (sums and products reordered)', () => {
    const term = fc.tuple(fc.integer({ min: -5, max: 5 }), fc.constantFrom('alpha', 'eta', 'exp(alpha)', 'ln(eta)', 'sqrt(eta)'));
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 4 }), (terms) => {
        const written = terms.map(([c, t]) => `${c}*${t}`).join(' + ');
        const reordered = [...terms].reverse().map(([c, t]) => `${t}*(${c})`).join(' + ');
        expect(grade(keyOf(written), reordered)).toMatchObject({ correct: true });
        expect(grade(keyOf(written), `${reordered} + 1`)).toMatchObject({ correct: false });
      }),
      { numRuns: 60 },
    );
  });

  it('self-tests: ln of a symbol that may be negative is a key defined too rarely', () => {
    expect(selfTest(key)).toEqual([]);
    const unrestricted = { ...keyOf('ln(alpha) + sqrt(-alpha)') };
    expect(selfTest(unrestricted).join(' ')).toContain('say which symbols are positive');
  });
});
