/**
 * Mistakes: the classic slips of backprop and gradient descent as changed
 * computations the evaluator runs, naming the slip behind a wrong answer,
 * warning where a part cannot tell a slip from the key, and the worked
 * solution of a part. Part indices are 0-based (positions in `parts`).
 * docs/mistakes.md tells authors how to add a mistake.
 */
export type { Mistake } from './mistake.js';
export { defineMistake } from './mistake.js';
export { MISTAKES, mistakeById } from './catalogue.js';
export { coinciding, diagnose, matchingMistakes, nameSlips, type SlipNaming, tryMistakes, type StudentAnswer, type Tried } from './diagnose.js';
export { workedCompute, workedSolution } from './worked.js';
export { formatMistakeTable, mistakeTable, type MistakeRow, type MistakeTable } from './table.js';
export { slippedPass, type NetworkSlip } from './network-slip.js';
export { slippedDescent, type DescentSlip } from './descent-slip.js';
