import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMatrix } from '../../src/grade/format.js';
import { acceptedFormats, grade } from '../../src/grade/grade.js';
import type { AnswerKey } from '../../src/grade/key.js';
import { parseMatrix } from '../../src/grade/parse-matrix.js';
import { selfTest } from '../../src/grade/self-test.js';

const values = (text: string, rows: number, cols: number) => {
  const r = parseMatrix(text, rows, cols);
  return r.ok ? r.value.map((row) => row.map((x) => x.value)) : r.error;
};

describe('parseMatrix', () => {
  it.each([
    ['[[1, 2], [3, 4]]', [[1, 2], [3, 4]]],
    ['1 2; 3 4', [[1, 2], [3, 4]]],
    ['1, 2; 3, 4', [[1, 2], [3, 4]]],
    ['[1, 2; 3, 4]', [[1, 2], [3, 4]]],
    ['  [ [1,2] ,[3 ,4] ]  ', [[1, 2], [3, 4]]],
    ['1   2 ;3\t4', [[1, 2], [3, 4]]],
    ['[1 2]; [3 4]', [[1, 2], [3, 4]]],
    ['-1 -2; -3.5 −4', [[-1, -2], [-3.5, -4]]],
    ['1e-3 -2.5E+2; 3e0 4e-300', [[1e-3, -250], [3, 4e-300]]],
    ['1/2, 2*(1 - 3); sqrt(4), 1 - 1', [[0.5, -4], [2, 0]]],
    ['[[(1), (2)], [3, 4]]', [[1, 2], [3, 4]]],
  ])('reads %j', (text, want) => {
    expect(values(text, 2, 2)).toEqual(want);
  });

  it('reads one row typed as a vector, and a column as rows of one', () => {
    expect(values('1 2 3', 1, 3)).toEqual([[1, 2, 3]]);
    expect(values('[1, 2, 3]', 1, 3)).toEqual([[1, 2, 3]]);
    expect(values('[[1], [2]]', 2, 1)).toEqual([[1], [2]]);
    expect(values('1; 2', 2, 1)).toEqual([[1], [2]]);
  });

  it.each([
    ['', 'the answer is empty'],
    ['   ', 'the answer is empty'],
    ['[]', 'the answer is empty'],
    ['1 2 3 4', 'expected 2 rows of 2 numbers, got 1 row'],
    ['1 2; 3 4; 5 6', 'expected 2 rows of 2 numbers, got 3 rows'],
    ['1 2; 3', 'expected 2 rows of 2 numbers; row 2 has 1'],
    ['[[1, 2, 3], [4, 5]]', 'expected 2 rows of 2 numbers; row 1 has 3'],
    ['1 2;', 'expected 2 rows of 2 numbers; row 2 is empty'],
    ['1, ; 3, 4', 'row 1, entry 2 is empty'],
    ['1 two; 3 4', 'row 1, entry 2:'],
  ])('%j is a format error: %s', (text, error) => {
    const r = parseMatrix(text, 2, 2);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(error);
      expect(r.hint).toContain('2 rows of 2 numbers');
    }
  });

  it('refuses a runaway paste without reading it', () => {
    const r = parseMatrix('1 '.repeat(5000), 2, 2);
    expect(r.ok).toBe(false);
  });

  it('reads any matrix written in any of the spellings, with any spacing', () => {
    const entry = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
    const space = fc.constantFrom('', ' ', '  ', '\t');
    const spelling = fc.constantFrom('nested', 'semicolons', 'semicolons-commas', 'bracketed-semicolons');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.array(entry, { minLength: 16, maxLength: 16 }), spelling, space, (rows, cols, flat, how, s) => {
        const m = Array.from({ length: rows }, (_, i) => flat.slice(i * cols, (i + 1) * cols));
        const cells = m.map((row) => row.map((x) => String(x)));
        const text =
          how === 'nested' ? `${s}[${cells.map((r) => `${s}[${r.join(`,${s}`)}]${s}`).join(',')}]${s}`
          : how === 'semicolons' ? cells.map((r) => r.join(` ${s}`)).join(`${s};${s}`)
          : how === 'semicolons-commas' ? cells.map((r) => r.join(`${s},${s}`)).join(`;${s}`)
          : `[${cells.map((r) => r.join(', ')).join(`${s}; `)}]`;
        expect(values(text, rows, cols)).toEqual(m.map((row) => row.map((x) => x + 0)));
        // One row too many or too few is a format error, never a value.
        expect(typeof values(`${text.replace(/^\s*\[|\]\s*$/g, '')}; ${cells[0]!.join(' ')}`, rows, cols)).toBe('string');
      }),
    );
  });

  it('reads back what formatMatrix writes, for any finite entries', () => {
    const entry = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.array(entry, { minLength: 16, maxLength: 16 }), (rows, cols, flat) => {
        const m = Array.from({ length: rows }, (_, i) => flat.slice(i * cols, (i + 1) * cols));
        const key: AnswerKey = { kind: 'matrix', answer: m, compare: { mode: 'exact' } };
        expect(grade(key, formatMatrix(m, { mode: 'exact' }))).toMatchObject({ status: 'graded', correct: true });
      }),
    );
  });
});

describe('grading a matrix', () => {
  const key = (answer: number[][], compare?: AnswerKey extends infer K ? (K extends { kind: 'matrix'; compare?: infer C } ? C : never) : never): AnswerKey => ({ kind: 'matrix', answer, ...(compare && { compare }) });
  it.each([
    [[[0, 0], [0, 0]], '0 0; 0 0', true],
    [[[0, 0], [0, 0]], '0 0; 0 1e-300', false],
    [[[1e300, -1e300], [1e-300, 5]], '1e300 -1e300; 1e-300 5', true],
    [[[1e300, -1e300], [1e-300, 5]], '1e300 -1e300; 2e-300 5', false],
    [[[2, -14], [3, 0]], '2 -14; 3 0', true],
    [[[2, -14], [3, 0]], '2.00 -14; 3 0', true],
    [[[2, -14], [3, 0]], '2 -14.0001; 3 0', false],
    [[[0.18242622, 1 / 3], [2, 3]], '0.182 0.333; 2 3', true],
    [[[0.18242622, 1 / 3], [2, 3]], '0.1824 1/3; 2 3', true],
    [[[0.18242622, 1 / 3], [2, 3]], '0.18 0.333; 2 3', false],
    [[[0.18242622, 1 / 3], [2, 3]], '0.183 0.333; 2 3', false],
  ])('key %j: %j right=%s', (answer, typed, right) => {
    expect(grade(key(answer), typed)).toMatchObject({ status: 'graded', correct: right });
  });

  it('applies the part comparison to each entry, with its own noise', () => {
    const k: AnswerKey = { kind: 'matrix', answer: [[1, 100]], compare: { mode: 'tolerance', abs: 0.5 } };
    expect(grade(k, '1.4 100.4')).toMatchObject({ correct: true });
    expect(grade(k, '1.4 100.6')).toMatchObject({ correct: false });
    const noisy: AnswerKey = { kind: 'matrix', answer: [[0, 0]], noise: [[1e-9, 0]] };
    expect(grade(noisy, '1e-10 0')).toMatchObject({ correct: true });
    expect(grade(noisy, '0 1e-10')).toMatchObject({ correct: false });
  });

  it('shows the key typed back, and a wrong shape is a format error, never a wrong mark', () => {
    const k: AnswerKey = { kind: 'matrix', answer: [[1, 2, 3], [4, 5, 6]] };
    expect(grade(k, '1 2 3; 4 5 7')).toEqual({ status: 'graded', correct: false, expected: '[[1, 2, 3], [4, 5, 6]]' });
    const o = grade(k, '1 4; 2 5; 3 6');
    expect(o.status).toBe('format-error');
    if (o.status === 'format-error') {
      expect(o.error).toBe('expected 2 rows of 3 numbers, got 3 rows');
      // The examples in the hint are none of the key's numbers.
      expect(o.hint.split('such as')[1]).not.toMatch(/\b[1-6]\b/);
    }
  });

  it('says in the ? help how a matrix is typed and compared', () => {
    const help = acceptedFormats({ kind: 'matrix', answer: [[1, 2, 3], [4, 5, 6]] });
    expect(help).toContain('2 rows of 3 numbers');
    expect(help).toContain(';');
    expect(help).toContain('Each entry is a number as for a single answer.');
  });
});

describe('the self-test of a matrix key', () => {
  it.each([
    { kind: 'matrix', answer: [[1, 2], [3, 4]] },
    { kind: 'matrix', answer: [[0.18242622, -1e-7, 8385]], compare: { mode: 'sigfigs', digits: 4 } },
    { kind: 'matrix', answer: [[0], [1e300], [-1e-300]] },
    { kind: 'matrix', answer: Array.from({ length: 8 }, (_, i) => Array.from({ length: 8 }, (_, j) => i - j / 3)) },
  ] satisfies AnswerKey[])('%j passes', (key) => {
    expect(selfTest(key)).toEqual([]);
  });

  it.each([
    [{ kind: 'matrix', answer: [] }, 'empty'],
    [{ kind: 'matrix', answer: [[]] }, 'empty'],
    [{ kind: 'matrix', answer: [[1, 2], [3]] }, 'row 2 of the matrix answer has 1 entries, not 2'],
    [{ kind: 'matrix', answer: [[1, Number.NaN]] }, 'row 1, entry 2 NaN is not a finite number'],
  ] satisfies [AnswerKey, string][])('%j reports %j', (key, problem) => {
    expect(selfTest(key).join('\n')).toContain(problem);
  });
});
