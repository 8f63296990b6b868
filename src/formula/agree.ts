/**
 * Two formulas are the same answer when they agree at every one of the
 * network's random points (points.ts says how many and why). This is
 * equality by evaluation, not algebra: any order of terms or factors, a
 * factor written twice or squared, and any bracketing all agree.
 */
import { EXACT_REL_TOL } from '../answer/tolerance.js';
import { evaluateColumn } from './columns.js';
import type { Point } from './evaluate.js';
import { FORMULA_SEED, pointCount, sharedPoints } from './points.js';
import { formatFormula } from './format.js';
import { symbolName } from './format.js';
import { archProblems, missingReason } from './symbols.js';
import { drawnFrom, symbolsIn } from './drawn-from.js';
import { declaredColumns } from './declared.js';
import type { AgreeOptions, Arch, Formula } from './types.js';

/** As for an exact number answer: an exact formula demands the exact value. */
export const FORMULA_REL_TOL = EXACT_REL_TOL;
/** A floor for values that are 0 at a point; the scale term below covers cancellation. */
export const FORMULA_ABS_TOL = 1e-12;

export interface Agreement {
  agree: boolean;
  /** How many points were compared. */
  points: number;
  /** What happened, for a report: the first point that failed, or that all held. */
  detail: string;
}

/** Do `a` (the key) and `b` agree on `arch`? Both must have been parsed for `arch`. */
export function formulasAgree(a: Formula, b: Formula, arch: Arch, opts: AgreeOptions = {}): boolean {
  return formulaAgreement(a, b, arch, opts).agree;
}

/** `formulasAgree` with the count and the first disagreement, for messages and reports. */
export function formulaAgreement(a: Formula, b: Formula, arch: Arch, opts: AgreeOptions = {}): Agreement {
  const points = pointsFor(arch, [a, b], opts, drawnFrom(arch, [a, b]));
  const declared = declaredColumns(arch, points.length, opts.seed ?? FORMULA_SEED);
  const va = evaluateColumn(a, points, undefined, declared);
  const vb = evaluateColumn(b, points, undefined, declared);
  for (let k = 0; k < points.length; k++) {
    if (!closeValues(va.value[k]!, va.scale[k]!, vb.value[k]!, vb.scale[k]!, opts)) {
      return {
        agree: false,
        points: points.length,
        detail: `at point ${k + 1} of ${points.length}, ${formatFormula(a)} = ${va.value[k]} but ${formatFormula(b)} = ${vb.value[k]}`,
      };
    }
  }
  return { agree: true, points: points.length, detail: `the two agree at all ${points.length} points` };
}

/**
 * At how many of its points `f` has no finite value (a declared symbol
 * under a root, say, drawn negative): the points it alone is compared at,
 * with the declared values `formulaAgreement` draws for them.
 */
export function undefinedPoints(f: Formula, arch: Arch, opts: AgreeOptions = {}): { missing: number; points: number } {
  const points = pointsFor(arch, [f], opts, drawnFrom(arch, [f]));
  const { value } = evaluateColumn(f, points, undefined, declaredColumns(arch, points.length, opts.seed ?? FORMULA_SEED));
  return { missing: value.filter((v) => !Number.isFinite(v)).length, points: points.length };
}

/**
 * Within tolerance (a value and its scale, `Value` in evaluate.ts, on each
 * side): |a - b| <= max(abs, rel * size). The size is the larger
 * value, or the smaller of the two scales (sum of the terms' sizes) when
 * that is larger, so a reordered sum with cancellation still agrees while
 * neither side can widen the band on its own by adding and taking away a
 * huge number. A value that is not finite never agrees.
 */
export function closeValues(a: number, aScale: number, b: number, bScale: number, opts: AgreeOptions): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const size = Math.max(Math.abs(a), Math.abs(b), Math.min(aScale, bScale));
  const band = Math.max(opts.abs ?? FORMULA_ABS_TOL, (opts.rel ?? FORMULA_REL_TOL) * size);
  return Math.abs(a - b) <= band;
}

/**
 * The points for `arch`, drawn from layer `start` up, after checking that
 * it is sound and holds every symbol of `formulas`: a formula parsed for
 * another network is a caller's bug, so it throws rather than returning a
 * wrong mark.
 */
export function pointsFor(arch: Arch, formulas: readonly Formula[], opts: AgreeOptions, start = 0): readonly Point[] {
  const problems = archProblems(arch);
  if (problems.length > 0) throw new RangeError(`unusable network: ${problems.join('; ')}`);
  for (const s of formulas.flatMap(symbolsIn)) {
    const why = missingReason(s, arch);
    if (why) throw new RangeError(`${symbolName(s)} is not in this network (${why}): was the formula parsed for another one?`);
  }
  return sharedPoints(arch, opts.points ?? pointCount(arch, start), opts.seed ?? FORMULA_SEED, start);
}
