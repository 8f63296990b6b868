import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '../../src/grade/key.js';
import { nudged, selfTest } from '../../src/grade/self-test.js';

describe('selfTest', () => {
  it.each([
    { kind: 'number', answer: -14 },
    { kind: 'number', answer: 0.18242622, compare: { mode: 'tolerance', rel: 0.01 } },
    { kind: 'number', answer: 1e-300, compare: { mode: 'tolerance', abs: 0, rel: 0 } },
    { kind: 'vector', answer: [4, -9.25, 1 / 3] },
    { kind: 'true-false', answer: false },
    { kind: 'choice', options: ['0', '1', '2'], answer: 2 },
    { kind: 'choice', options: ['only'], answer: 0 },
    { kind: 'expression', answer: '2 x_1 + 1', arch: { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'] } },
  ] satisfies AnswerKey[])('%j passes', (key) => {
    expect(selfTest(key)).toEqual([]);
  });

  it.each([
    [{ kind: 'number', answer: Number.NaN }, 'not a finite number'],
    [{ kind: 'number', answer: 1, compare: { mode: 'tolerance', abs: -1 } }, 'tolerance -1'],
    [{ kind: 'vector', answer: [] }, 'empty'],
    [{ kind: 'choice', options: ['x', 'y'], answer: 2 }, 'not an option'],
    [{ kind: 'choice', options: [], answer: 0 }, 'no options'],
    [{ kind: 'choice', options: ['Same', 'same '], answer: 0 }, 'more than once'],
    // Option text `a` shadows the letter a, so the key's letter means another option.
    [{ kind: 'choice', options: ['x', 'a'], answer: 0 }, 'letter of the key "a" grades wrong'],
    [{ kind: 'expression', answer: ' ', arch: { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'] } }, 'empty'],
    [{ kind: 'expression', answer: 'W4_11', arch: { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'] } }, 'cannot be read'],
    // tanh makes a1_1 negative at some points: the root has no value there, so no answer could match it.
    [{ kind: 'expression', answer: 'a1_1^0.5', arch: { layers: [2, 2, 1], activations: ['tanh', 'linear'] } }, 'random points of the network (a root, log or quotient'],
    [{ kind: 'expression', answer: 'W2_11 / (a1_1 - a1_1)', arch: { layers: [2, 2, 1], activations: ['tanh', 'linear'] } }, 'so no answer could be graded right'],
  ] satisfies [AnswerKey, string][])('%j reports %j', (key, problem) => {
    expect(selfTest(key).join('\n')).toContain(problem);
  });

  it('a key seen before gets the same verdict, and the caller cannot change it', () => {
    const bad: AnswerKey = { kind: 'number', answer: 1, compare: { mode: 'tolerance', abs: -1 } };
    const first = selfTest(bad);
    first.length = 0;
    expect(selfTest(bad).join('\n')).toContain('tolerance -1');
    // Keys that print alike but differ are told apart.
    expect(selfTest({ kind: 'number', answer: Number.POSITIVE_INFINITY }).join('\n')).toContain('not a finite number');
    expect(selfTest({ kind: 'number', answer: 1, compare: { mode: 'tolerance', rel: -1 } }).join('\n')).toContain('-1');
    expect(selfTest({ kind: 'number', answer: 1 })).toEqual([]);
  });

  it('nudges by twice the band, downwards at the top of the double range', () => {
    expect(Number(nudged(100))).toBeCloseTo(100 + 2e-7, 12);
    expect(Number(nudged(Number.MAX_VALUE))).toBeLessThan(Number.MAX_VALUE);
  });
});
