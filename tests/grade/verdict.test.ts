import { describe, expect, it } from 'vitest';
import { grade, gradeVerdict } from '../../src/grade/grade.js';
import type { AnswerKey } from '../../src/grade/key.js';

const keys: AnswerKey[] = [
  { kind: 'number', answer: 0.182426 },
  { kind: 'number', answer: 12, compare: { mode: 'tolerance', abs: 0.5 } },
  { kind: 'vector', answer: [1.5, -2] },
  { kind: 'matrix', answer: [[1, 2], [3, 4]] },
  { kind: 'true-false', answer: true },
  { kind: 'choice', answer: 1, options: ['up', 'down', 'level'] },
];
const texts = ['0.182', '0.18', '12.4', '13', '(1.5, -2)', '(1.5, 2)', '[[1, 2], [3, 4]]', '[[1, 2]]', 'true', 'false', 'b', 'a', '#?', '  ', '1/3'];

describe('gradeVerdict', () => {
  it.each(keys.map((k) => [k.kind, k] as const))('says what grade says, for a %s key', (_, key) => {
    for (const text of texts) {
      const o = grade(key, text);
      expect(gradeVerdict(key, text)).toBe(o.status === 'format-error' ? 'format-error' : o.correct ? 'right' : 'wrong');
    }
  });
});
