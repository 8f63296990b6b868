import type { Compute, DescentData } from '../schema/data.js';
import type { ProblemData } from '../schema/problem.js';
import { isDescentCompute, pointsUsed, slippedDescent, type DescentCompute } from './descent-slip.js';
import { defineMistake, type Mistake } from './mistake.js';

/* Slips in the empirical risk, its gradient and the descent step (the linear model). */

const context = (problem: ProblemData): DescentData | undefined => problem.descent;
const isGradientOrStep = (c: Compute): c is Extract<DescentCompute, { of: 'risk-gradient' | 'descent-step' }> =>
  c.of === 'risk-gradient' || c.of === 'descent-step';
const isStep = (c: Compute): c is Extract<DescentCompute, { of: 'descent-step' }> => c.of === 'descent-step';

export const sumNotMean = defineMistake({
  id: 'sum-not-mean',
  sentence: 'This is what you get summing over the data points instead of averaging; the risk is the mean of the losses.',
  accepts: isDescentCompute,
  context,
  fits: (d) => pointsUsed(d) > 1,
  value: (d, c) => slippedDescent(d, c, { reduce: 'sum' }),
});

export const factorTwoDropped = defineMistake({
  id: 'factor-two-dropped',
  sentence: 'This is what you get dropping the factor 2 that the derivative of the square loss brings down.',
  accepts: isGradientOrStep,
  context,
  fits: () => true,
  value: (d, c) => slippedDescent(d, c, { lossFactor: 1 }),
});

export const stepUp = defineMistake({
  id: 'step-up',
  sentence: 'This is what you get stepping up the gradient (\\(w + \\eta \\nabla R\\)); gradient descent steps against it (\\(w - \\eta \\nabla R\\)).',
  accepts: isStep,
  context,
  fits: () => true,
  value: (d, c) => slippedDescent(d, c, { direction: 'up' }),
});

export const wholeData = defineMistake({
  id: 'whole-data-for-batch',
  sentence: 'This is what you get using the whole data set; the step here uses only the mini-batch.',
  accepts: isDescentCompute,
  context,
  fits: (d) => d.batch !== undefined,
  value: (d, c) => slippedDescent(d, c, { points: () => undefined }),
});

export const batchComplement = defineMistake({
  id: 'batch-complement',
  sentence: 'This is what you get using the points outside the mini-batch instead of the points in it.',
  accepts: isDescentCompute,
  context,
  fits: (d) => d.batch !== undefined && pointsUsed({ ...d, batch: complement(d.batch, d.data.length) }) > 0,
  value: (d, c) => slippedDescent(d, c, { points: (b, n) => complement(b, n) }),
});

export const batchFromZero = defineMistake({
  id: 'batch-counted-from-0',
  sentence: 'This is what you get counting the data points from 0; the mini-batch numbers them from 1.',
  accepts: isDescentCompute,
  context,
  fits: (d) => d.batch !== undefined && d.batch.every((i) => i + 1 <= d.data.length),
  // Point i counted from 0 is point i + 1 counted from 1.
  value: (d, c) => slippedDescent(d, c, { points: (b) => b?.map((i) => i + 1) }),
});

function complement(batch: readonly number[] | undefined, n: number): number[] {
  return Array.from({ length: n }, (_, k) => k + 1).filter((i) => !batch?.includes(i));
}

export const DESCENT_MISTAKES: readonly Mistake[] = [sumNotMean, factorTwoDropped, stepUp, wholeData, batchComplement, batchFromZero];
