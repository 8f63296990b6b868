import { describe, expect, it } from 'vitest';
import { acceptedFormats, grade } from '../../src/grade/grade.js';
import { ANSWER_KINDS, type AnswerKey } from '../../src/grade/key.js';
import { visibleLine } from '../../src/text/visible.js';

const KEYS: Record<AnswerKey['kind'], AnswerKey> = {
  number: { kind: 'number', answer: -14 },
  vector: { kind: 'vector', answer: [4, 9] },
  matrix: { kind: 'matrix', answer: [[1, 2, 3], [4, 5, 6]] },
  'true-false': { kind: 'true-false', answer: true },
  choice: { kind: 'choice', options: ['0', '1', '2'], answer: 1 },
  expression: { kind: 'expression', answer: "W_{22}^{(2)} g'(z_2^{(2)}) W_{21}^{(3)}", arch: { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'] } },
};

describe('grade', () => {
  it.each([
    [KEYS.number, '-14', true, '-14'],
    [KEYS.number, '-14.1', false, '-14'],
    [KEYS.vector, '[4, 9]^T', true, '(4, 9)'],
    [KEYS.vector, '4 9.0000001', false, '(4, 9)'],
    [KEYS.vector, '(4.00, 9.00)', true, '(4, 9)'],
    [KEYS['true-false'], 'yes', true, 'True'],
    [KEYS['true-false'], 'F', false, 'True'],
    [KEYS.choice, '1', true, 'b) 1'],
    [KEYS.choice, 'b', true, 'b) 1'],
    [KEYS.choice, '(a)', false, 'b) 1'],
    [KEYS.expression, "W2_22*g'(z2_2)*W3_21", true, KEYS.expression.answer],
    [KEYS.expression, "W3_21 g'(z2_2) W_{22}^{(2)}", true, KEYS.expression.answer],
    [KEYS.expression, "W2_21 g'(z2_1) W3_11", false, KEYS.expression.answer],
  ])('%j: %j correct=%s', (key, text, correct, expected) => {
    expect(grade(key, text)).toEqual({ status: 'graded', correct, expected });
  });

  it.each([
    [KEYS.number, '1//2'],
    [KEYS.vector, '(4, 9, 1)'],
    [KEYS['true-false'], 'maybe'],
    [KEYS.choice, 'z'],
    [KEYS.expression, '  '],
  ])('%j: %j is a format error, not a wrong mark', (key, text) => {
    const o = grade(key, text);
    expect(o.status).toBe('format-error');
    if (o.status === 'format-error') expect(o.hint.length).toBeGreaterThan(0);
  });

  it.each(ANSWER_KINDS)('acceptedFormats explains %s', (kind) => {
    expect(acceptedFormats(KEYS[kind]).length).toBeGreaterThan(20);
  });

  it('acceptedFormats names the expected vector length and the choice letters', () => {
    expect(acceptedFormats(KEYS.vector)).toContain('2 numbers');
    expect(acceptedFormats(KEYS.choice)).toContain('a, b or c');
  });
});

describe('an answer holding a control character (graded in its visible form)', () => {
  const arch = { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'] as ('relu' | 'linear')[] };
  it.each([
    ['\u001b]0;pwned\u0007', '<x1B>'],
    ['\u202e41', '<U+202E>'],
    ['4\u00001', '<x00>'],
  ])('names the control character in %j, not the "<" that shows it', (typed, shown) => {
    const text = visibleLine(typed);
    const r = grade({ kind: 'number', answer: 14 }, text);
    expect(r.status).toBe('format-error');
    if (r.status === 'format-error') expect(r.error).toContain(`a control character (shown as ${shown}) is not allowed in a number`);
    const f = grade({ kind: 'expression', answer: 'x_1', arch }, text);
    expect(f.status).toBe('format-error');
    if (f.status === 'format-error') expect(f.error).toContain(`a control character (shown as ${shown})`);
  });

  it('still names a plain character that is not allowed', () => {
    const r = grade({ kind: 'number', answer: 14 }, '14£');
    expect(r.status === 'format-error' && r.error).toContain('the character "£" is not allowed in a number');
  });
});
