import { describe, expect, it } from 'vitest';
import type { ProblemData } from '../../src/schema/problem.js';
import { diagnose, nameSlips, matchingMistakes, MISTAKES, type StudentAnswer } from '../../src/mistakes/index.js';
import { handMade, PROBLEM_8_NETWORK, seedProblem, template, variant } from './helpers.js';
import { LOSS_CASES } from './loss-cases.js';

/*
 * Each kind of slip, made by hand from the seed's own numbers (not by the
 * catalogue), must be named. The seed values used:
 * - problem 1A: W^(2) = [[5, 1], [1, 2]], z^(1) = (3, -2), dH/dz^(2) = (-3, 1);
 * - problem 9: W^(1) = [[2, 1], [3, 1]], W^(2) = [[2, 1], [0, 1]], W^(3) = (3, -2)^T,
 *   x = (1, 3), so z^(1) = (11, 4), z^(2) = (22, 15), dH/dz^(2) = (3, -2), dH/dz^(1) = (4, -2);
 * - problem 13: data (1, 3), (2, 3), (3, 6), w = 0, eta = 1/2;
 * - problem 14: data (1, 2), (3, 5), (2, 1), (4, 4), (5, 8), batch points 1 and 4, w = 0, eta = 1/2.
 */

const sigmoid = (t: number): number => 1 / (1 + Math.exp(-t));
const sigmoidPrime = (t: number): number => sigmoid(t) * (1 - sigmoid(t));

const p1a = () => seedProblem('backprop-partial-facts-a');
const p9 = () => seedProblem('backprop-values-compute');
const p13 = () => seedProblem('gradient-descent-step');
const p14 = () => seedProblem('sgd-step');

/** Problem 8's network, asked for dH/da^(1)_1 (the bank asks only a true/false about it). */
const p8 = () => handMade({ network: PROBLEM_8_NETWORK }, [{ of: 'dH/da', layer: 1, node: 1 }]);
/** One sigmoid node: z^(1) = 0.5 x, H = 2 a^(1). */
const smooth = () =>
  handMade(
    { network: { layers: [1, 1, 1], activations: ['sigmoid', 'linear'], weights: [[[0.5]], [[2]]], input: [2] } },
    [{ of: 'dH/dz', layer: 1, node: 1 }],
  );
/** Problem 13's data from w = (1, -1), so stepping up and a sign error differ. */
const fromNonZero = () =>
  handMade({ descent: { model: 'linear', data: [[1, 3], [2, 3], [3, 6]], weights: [1, -1], rate: 0.5 } }, [{ of: 'descent-step' }]);

/** Mean gradient of the square loss of H(x) = w0 + w1 x over points, summed instead when `sum`. */
function lossGradient(points: [number, number][], w: [number, number], factor = 2, sum = false): [number, number] {
  const g = points.reduce<[number, number]>(
    ([g0, g1], [x, y]) => {
      const r = w[0] + w[1] * x - y;
      return [g0 + factor * r, g1 + factor * r * x];
    },
    [0, 0],
  );
  const n = sum ? 1 : points.length;
  return [g[0] / n, g[1] / n];
}
const step = (w: [number, number], g: [number, number], eta: number): number[] => [w[0] - eta * g[0], w[1] - eta * g[1]];
const P13: [number, number][] = [[1, 3], [2, 3], [3, 6]];
const P14: [number, number][] = [[1, 2], [3, 5], [2, 1], [4, 4], [5, 8]];

/** f = x^2 + 3y^2 - xy from (1, 2), rate 0.1, two steps: by hand, x1 = (1, 0.9), x2 = (0.89, 0.46). */
const bowl = () => handMade({ descent: { function: 'x^2 + 3*y^2 - x*y', start: { x: 1, y: 2 }, rate: 0.1, steps: 2 } }, [{ of: 'iterate' }]);
/** H = w x, half-square loss summed, batches [1, 2] then [3], from w = 1: w1 = 1.5, w2 = 0.25, w3 = 2.625. */
const schedule = () =>
  handMade(
    { descent: { model: 'linear', data: [[1, 2], [2, 2], [-1, 1]], weights: [1], intercept: false, loss: 'half-square', reduce: 'sum', rate: 0.5, steps: 3, batches: [[1, 2], [3]] } },
    [{ of: 'weights', component: 1 }],
  );

interface Case {
  id: string;
  problem: () => ProblemData;
  part: number;
  answer: StudentAnswer;
  /** The key, to show the slip's answer differs from it. */
  key: number | number[];
}

const cases: Case[] = [
  // z^(2)_1 = 0: with ReLU'(0) = 1, dH/dz^(2) = (4 * 1, -2 * 1) and dH/da^(1)_1 = 1 * 4 + (-1)(-2).
  { id: 'relu-prime-zero-as-one', problem: p8, part: 0, answer: 1 * 4 + -1 * -2, key: 1 * 0 + -1 * -2 },
  // dH/dz^(1)_2 without g'(-2) = 0: just dH/da^(1)_2 = 1(-3) + 2(1).
  { id: 'activation-derivative-dropped', problem: p1a, part: 3, answer: 1 * -3 + 2 * 1, key: 0 },
  // g'(a) = sigma'(sigma(1)) for g'(z) = sigma'(1), typed rounded to 4 digits.
  { id: 'a-for-z', problem: smooth, part: 0, answer: (2 * sigmoidPrime(sigmoid(1))).toPrecision(4), key: 2 * sigmoidPrime(1) },
  // dH/dW^(2)_21 = a^(1)_2 dH/dz^(2)_1 with z^(1)_2 = -2 for a^(1)_2 = 0.
  { id: 'z-for-a', problem: p1a, part: 5, answer: -2 * -3, key: 0 },
  // dH/dW^(2)_21 read as dH/dW^(2)_12 = a^(1)_1 dH/dz^(2)_2.
  { id: 'transpose', problem: p1a, part: 5, answer: 3 * 1, key: 0 },
  // dH/da^(1)_2 summed down the column of W^(2) instead of its row: W_12 * 3 + W_22 * (-2).
  { id: 'transpose', problem: p9, part: 1, answer: 1 * 3 + 1 * -2, key: -2 },
  // dH/dW^(1)_11 along x_1 -> node 1 -> node 1 -> H only: 1 * 1 * 2 * 1 * 3.
  { id: 'one-path', problem: p9, part: 2, answer: 1 * 1 * 2 * 1 * 3, key: 4 },
  { id: 'one-path', problem: p1a, part: 0, answer: 5 * -3, key: -14 },
  // dH/da^(1)_2 read one layer down: dH/dx_2 = W^(1)_21 * 4 + W^(1)_22 * (-2).
  { id: 'layer-below', problem: p9, part: 1, answer: 3 * 4 + 1 * -2, key: -2 },
  // dH/dW^(1)_11 with a^(1)_1 = 11 for a^(0)_1 = 1.
  { id: 'layer-above', problem: p9, part: 2, answer: '44', key: 4 },
  { id: 'sign-error', problem: p9, part: 0, answer: '-3', key: 3 },
  { id: 'sum-not-mean', problem: p13, part: 0, answer: step([0, 0], lossGradient(P13, [0, 0], 2, true), 0.5), key: [4, 9] },
  { id: 'factor-two-dropped', problem: p13, part: 0, answer: '(2, 4.5)', key: [4, 9] },
  {
    id: 'step-up',
    problem: fromNonZero,
    part: 0,
    answer: `(${[1, -1].map((w, j) => (w + 0.5 * (lossGradient(P13, [1, -1])[j] ?? 0)).toFixed(4)).join(', ')})`,
    key: step([1, -1], lossGradient(P13, [1, -1]), 0.5),
  },
  { id: 'whole-data-for-batch', problem: p14, part: 0, answer: step([0, 0], lossGradient(P14, [0, 0]), 0.5), key: [3, 9] },
  {
    id: 'batch-complement',
    problem: p14,
    part: 0,
    answer: step([0, 0], lossGradient([P14[1]!, P14[2]!, P14[4]!], [0, 0]), 0.5).map((v) => v.toFixed(3)).join(', '),
    key: [3, 9],
  },
  { id: 'batch-counted-from-0', problem: p14, part: 0, answer: step([0, 0], lossGradient([P14[1]!, P14[4]!], [0, 0]), 0.5), key: [3, 9] },
  { id: 'no-step', problem: bowl, part: 0, answer: '(1, 2)', key: [0.89, 0.46] },
  { id: 'step-before', problem: bowl, part: 0, answer: '(1, 0.9)', key: [0.89, 0.46] },
  // grad(0.89, 0.46) = (1.32, 1.87): x3 = (0.89 - 0.132, 0.46 - 0.187).
  { id: 'step-after', problem: bowl, part: 0, answer: '(0.758, 0.273)', key: [0.89, 0.46] },
  // Up: x1 = (1, 3.1), grad = (-1.1, 17.6), x2 = (0.89, 4.86).
  { id: 'step-up', problem: bowl, part: 0, answer: '(0.89, 4.86)', key: [0.89, 0.46] },
  // Rate 0.2: x1 = (1, -0.2), grad = (2.2, -2.2), x2 = (0.56, 0.24).
  { id: 'rate-twice', problem: bowl, part: 0, answer: '(0.56, 0.24)', key: [0.89, 0.46] },
  // Rate 0.01: x1 = (1, 1.89), grad = (0.11, 10.34), x2 = (0.9989, 1.7866).
  { id: 'rate-squared', problem: bowl, part: 0, answer: '(0.9989, 1.7866)', key: [0.89, 0.46] },
  // df/dx taken as df/dy = 6y - x: grad(1, 2) = (11, 11), x1 = (-0.1, 0.9); grad = (5.5, 5.5), x2 = (-0.65, 0.35).
  { id: 'partial-wrong-variable', problem: bowl, part: 0, answer: '(-0.65, 0.35)', key: [0.89, 0.46] },
  // Step 3 on point 3 again: grad = (0.25(-1) - 1)(-1) = 1.25, w3 = 0.25 - 0.625.
  { id: 'schedule-not-cycled', problem: schedule, part: 0, answer: -0.375, key: 2.625 },
  // 3-4-2-1: 3*4 + 4*2 + 2*1 weights; biases 4 + 2 + 1; the input's 3 more.
  { id: 'count-without-biases', problem: () => seedProblem('param-count-a'), part: 0, answer: 3 * 4 + 4 * 2 + 2 * 1, key: 29 },
  { id: 'count-input-biases', problem: () => seedProblem('param-count-a'), part: 0, answer: 29 + 3, key: 29 },
];

describe('every kind of mistake is named from an answer made by hand', () => {
  it.each(cases)('$id on $problem.name part $part: $answer', ({ id, problem, part, answer, key }) => {
    const p = problem();
    const right = p.parts[part]?.answer;
    if (typeof key === 'number') expect(right).toBeCloseTo(key, 12);
    else key.forEach((k, j) => expect((right as number[])[j]).toBeCloseTo(k, 12));
    // Named alone, or beside another slip that gives the same number.
    expect(nameSlips(p, part, answer)?.ids).toContain(id);
  });

  it('covers every mistake in the catalogue', () => {
    // The loss slips are made by hand in loss-cases.ts (tests/mistakes/loss-slips.test.ts).
    expect(new Set([...cases.map((c) => c.id), ...LOSS_CASES.map(([id]) => id)])).toEqual(new Set(MISTAKES.map((m) => m.id)));
  });

  it('a-for-z also names a typed for z', () => {
    const p = handMade({ network: seedProblem('backprop-partial-facts-a').network }, [{ of: 'z', layer: 1, node: 2 }]);
    expect(p.parts[0]?.answer).toBe(-2);
    expect(diagnose(p, 0, 0)?.id).toBe('a-for-z');
  });

  it('names the more specific slip first when two give the same answer, and lists both', () => {
    // From w = 0, w + eta grad is -(w - eta grad).
    expect(matchingMistakes(p13(), 0, '(-4, -9)').map((m) => m.id)).toEqual(['step-up', 'sign-error']);
    // W^(1) = I makes x = z^(1), so z^(1)_2 and x_2 are the same -2.
    expect(matchingMistakes(p1a(), 5, 6).map((m) => m.id)).toEqual(['z-for-a', 'layer-below']);
  });

  it('names the slip on template variants, from the variant numbers', () => {
    const raw = template('backprop-partial-facts-fresh');
    let tried = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { data, scope } = variant(raw, seed);
      const da2 = (scope.w21 ?? 0) * (scope.d1 ?? 0) + (scope.w22 ?? 0) * (scope.d2 ?? 0);
      // Where x2 < 0 the ReLU blocks dH/dz^(1)_2; dropping g' gives dH/da^(1)_2.
      if ((scope.x2 ?? 0) >= 0 || da2 === 0) continue;
      tried++;
      expect(data.parts[3]?.answer).toBe(0);
      expect(nameSlips(data, 3, da2)?.ids).toContain('activation-derivative-dropped');
    }
    expect(tried).toBeGreaterThan(3);
  });

  it('names a wrong count on parameter-count template variants', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const { data, scope } = variant(template('param-count-fresh'), seed);
      const [n0, n1, n2] = [scope.n0 ?? 0, scope.n1 ?? 0, scope.n2 ?? 0];
      expect(diagnose(data, 0, n0 * n1 + n1 * n2 + n2)?.id).toBe('count-without-biases');
    }
  });
});
