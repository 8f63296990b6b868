/**
 * Formula answers: read a formula in the network's symbols (LaTeX or the
 * short spelling), compare two by evaluating them on the network at many
 * random points, and prove claims `dH/dS = formula` against the evaluator's
 * backward pass. docs/formulas.md documents what a student may type.
 */
export type { AgreeOptions, Arch, BinaryOp, Claim, Formula, ZRef } from './types.js';
export { CLAIM_HINT, MAX_CLAIM_LENGTH, MAX_FORMULA_LENGTH, parseClaim, parseFormula } from './parse.js';
export { MAX_FORMULA_NESTING } from './parser.js';
export { FORMULA_HELP, FORMULA_HINT } from './help.js';
export { archProblems, symbolsOf, symbolSummary } from './symbols.js';
export { FORMULA_ABS_TOL, FORMULA_REL_TOL, formulaAgreement, formulasAgree, undefinedPoints, type Agreement } from './agree.js';
export { declaredValues, type DeclaredValues } from './declared.js';
export { beyondReach, drawnFrom, MAX_POINT_DRAW } from './drawn-from.js';
export { claimHolds, type ClaimResult } from './claim.js';
export {
  FORMULA_POINTS,
  FORMULA_SEED,
  KINK_MARGIN,
  MAX_FORMULA_POINTS,
  POINTS_PER_PATTERN,
  pointCount,
  samplePoints,
} from './points.js';
export { evaluate, type Point, type Value } from './evaluate.js';
export { formulaLatex } from './display.js';
export { formatFormula } from './format.js';
