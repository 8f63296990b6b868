/** The grader's public API: parse typed answers, grade them, show keys. */
export type { AnswerKey, AnswerKind, Comparison, Tolerance } from './key.js';
export { ANSWER_KINDS } from './key.js';
export type { Parsed } from '../answer/parsed.js';
export { evaluateArithmetic, isMathLoaded, NUMBER_HINT } from './arithmetic.js';
export { parseNumber, type NumberAnswer } from './parse-number.js';
export { parseVector } from './parse-vector.js';
export { parseMatrix } from './parse-matrix.js';
export { parseBoolean } from './parse-boolean.js';
export { CHOICE_MATCHING_DOC, parseChoice } from './parse-choice.js';
export {
  accepts,
  comparisonBand,
  COMPARISON_MODES,
  DEFAULT_COMPARISON,
  EXACT_REL_TOL,
  exactBand,
  isWhole,
  MIN_ROUNDING_SIG_FIGS,
} from './compare.js';
export { acceptedFormats, grade, type GradeOutcome } from './grade.js';
export { prepareKey } from './prepare.js';
export { selfTest } from './self-test.js';
export { formatKey, formatMatrix, formatNumber } from './format.js';
