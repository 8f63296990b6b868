/**
 * Gradient descent: on a linear model (several features, with or without
 * an intercept, square, half-square or absolute loss, mini-batch schedules)
 * or on a function of named variables, whose gradient mathjs derives
 * symbolically. Keys, slips and worked solutions all run `computeDescent`.
 */
export { computeDescent, isDescentCompute, stepOf, type DescentCompute, type DescentValue } from './quantity.js';
export { solveDescent } from './backward.js';
export { settingOf, type FunctionSetting, type LinearSetting, type Setting } from './setting.js';
export type { DescentSlip } from './slip.js';
export { functionTrees, FUNCTION_HINT } from './function-trees.js';
export { functionIterates, gradientAt, valueAt } from './function-descent.js';
export { batchFor, features, gradient, linearIterates, pointLoss, residual, risk, riskPoints } from './linear.js';
