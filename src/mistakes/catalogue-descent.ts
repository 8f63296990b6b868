import { descentVariables, type Compute } from '../schema/data.js';
import type { ProblemData } from '../schema/problem.js';
import { stepOf } from '../descent/index.js';
import { batchesOf, isDescentCompute, moved, pointsUsed, slippedDescent, solveDescent, type DescentCompute, type DescentSlip } from './descent-slip.js';
import { defineMistake, type Mistake } from './mistake.js';

/* Slips in gradient descent: the risk, its gradient, the step, the schedule. */

/** The problem with its descent run forwards: solved backwards, the rate or start found (a slip changes the solved descent). */
const context = (problem: ProblemData): ProblemData | undefined => {
  const solved = problem.descent && solveDescent(problem.descent, problem.given);
  return solved?.ok ? { ...problem, descent: solved.descent } : undefined;
};
const slipped = (p: ProblemData, c: DescentCompute, slip: DescentSlip) => slippedDescent(p.descent!, c, slip, p.given ?? {});
const isLinear = (p: ProblemData) => p.descent?.model === 'linear';
const isModel = (c: Compute): c is DescentCompute => isDescentCompute(c) && (c.of === 'risk' || c.of === 'risk-gradient' || c.of === 'weights' || c.of === 'descent-step');
const isOnFunction = (c: Compute): c is DescentCompute => c.of === 'iterate' || c.of === 'function-value' || c.of === 'gradient';
/** Whether the quantity depends on a gradient: a gradient itself, or anything after a step. */
const usesGradient = (p: ProblemData, c: DescentCompute) => c.of === 'risk-gradient' || c.of === 'gradient' || moved(p.descent!, c);

export const sumNotMean = defineMistake({
  id: 'sum-not-mean',
  sentence: 'This is what you get summing over the data points instead of averaging; the risk is the mean of the losses.',
  accepts: isModel,
  context,
  fits: (p, c) => p.descent!.reduce !== 'sum' && pointsUsed(p.descent!) > 1 && (c.of === 'risk' ? true : usesGradient(p, c)),
  value: (p, c) => slipped(p, c, { reduce: 'sum' }),
});

export const factorTwoDropped = defineMistake({
  id: 'factor-two-dropped',
  sentence: 'This is what you get dropping the factor 2 that the derivative of the square loss brings down.',
  accepts: isModel,
  context,
  fits: (p, c) => (p.descent!.loss ?? 'square') === 'square' && usesGradient(p, c),
  value: (p, c) => slipped(p, c, { lossFactor: 1 }),
});

export const stepUp = defineMistake({
  id: 'step-up',
  sentence: 'This is what you get stepping up the gradient (\\(w + \\eta \\nabla R\\)); gradient descent steps against it (\\(w - \\eta \\nabla R\\)).',
  accepts: isDescentCompute,
  context,
  fits: (p, c) => moved(p.descent!, c),
  value: (p, c) => slipped(p, c, { direction: 'up' }),
});

export const noStep = defineMistake({
  id: 'no-step',
  sentence: 'This is the value at the start: no step was taken.',
  accepts: isDescentCompute,
  context,
  fits: (p, c) => moved(p.descent!, c),
  value: (p, c) => slipped(p, c, { step: () => 0 }),
});

export const rateTwice = defineMistake({
  id: 'rate-twice',
  sentence: 'This is what you get applying the learning rate twice (a step of \\(2\\eta\\)); each step moves by \\(\\eta\\) times the gradient.',
  accepts: isDescentCompute,
  context,
  fits: (p, c) => p.descent!.rate !== 0 && moved(p.descent!, c),
  value: (p, c) => slipped(p, c, { rate: (eta) => 2 * eta }),
});

export const rateSquared = defineMistake({
  id: 'rate-squared',
  sentence: 'This is what you get with the learning rate squared (\\(\\eta^2\\)); each step moves by \\(\\eta\\) times the gradient.',
  accepts: isDescentCompute,
  context,
  fits: (p, c) => p.descent!.rate! ** 2 !== p.descent!.rate && moved(p.descent!, c),
  value: (p, c) => slipped(p, c, { rate: (eta) => eta * eta }),
});

export const wrongPartial = defineMistake({
  id: 'partial-wrong-variable',
  sentence: 'This is what you get taking one partial derivative with respect to the wrong variable; \\(\\partial f/\\partial x_j\\) differentiates in \\(x_j\\) alone.',
  accepts: isOnFunction,
  context,
  fits: (p, c) => descentVariables(p.descent!).length >= 2 && usesGradient(p, c),
  value: (p, c) => slipped(p, c, { wrongPartial: (c.component ?? 1) - 1 }),
});

export const stepBefore = defineMistake({
  id: 'step-before',
  sentence: 'This is the value one step earlier; count the steps from the start, which is step 0.',
  accepts: isDescentCompute,
  context,
  fits: (p, c) => moved(p.descent!, c),
  value: (p, c) => slipped(p, c, { step: (k) => k - 1 }),
});

export const stepAfter = defineMistake({
  id: 'step-after',
  sentence: 'This is the value one step later; count the steps from the start, which is step 0.',
  accepts: isDescentCompute,
  context,
  fits: () => true,
  value: (p, c) => slipped(p, c, { step: (k) => k + 1 }),
});

export const scheduleNotCycled = defineMistake({
  id: 'schedule-not-cycled',
  sentence: 'This is what you get reusing the last mini-batch once the schedule ran out; the schedule starts over from its first batch.',
  accepts: isModel,
  context,
  // Step k + 1 uses batch k: past the schedule's end the slip changes something.
  fits: (p, c) => p.descent!.batches !== undefined && stepOf(p.descent!, c) + (c.of === 'risk-gradient' ? 1 : 0) > p.descent!.batches.length,
  value: (p, c) => slipped(p, c, { cycle: false }),
});

export const wholeData = defineMistake({
  id: 'whole-data-for-batch',
  sentence: 'This is what you get using the whole data set; the step here uses only the mini-batch.',
  accepts: isModel,
  context,
  fits: (p) => batchesOf(p.descent!).length > 0,
  value: (p, c) => slipped(p, c, { points: () => undefined }),
});

export const batchComplement = defineMistake({
  id: 'batch-complement',
  sentence: 'This is what you get using the points outside the mini-batch instead of the points in it.',
  accepts: isModel,
  context,
  fits: (p) => isLinear(p) && batchesOf(p.descent!).length > 0 && pointsUsed(p.descent!, complement) > 0,
  value: (p, c) => slipped(p, c, { points: complement }),
});

export const batchFromZero = defineMistake({
  id: 'batch-counted-from-0',
  sentence: 'This is what you get counting the data points from 0; the mini-batch numbers them from 1.',
  accepts: isModel,
  context,
  fits: (p) => batchesOf(p.descent!).length > 0 && batchesOf(p.descent!).every((b) => b.every((i) => i + 1 <= (p.descent!.data?.length ?? 0))),
  // Point i counted from 0 is point i + 1 counted from 1.
  value: (p, c) => slipped(p, c, { points: (b) => b?.map((i) => i + 1) }),
});

function complement(batch: readonly number[] | undefined, n: number): number[] {
  return Array.from({ length: n }, (_, k) => k + 1).filter((i) => !batch?.includes(i));
}

export const DESCENT_MISTAKES: readonly Mistake[] = [
  sumNotMean, factorTwoDropped, stepUp, noStep, rateTwice, rateSquared, wrongPartial, stepBefore, stepAfter,
  scheduleNotCycled, wholeData, batchComplement, batchFromZero,
];
