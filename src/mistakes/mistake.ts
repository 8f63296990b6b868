import type { Compute } from '../schema/data.js';
import type { ProblemData } from '../schema/problem.js';

/**
 * A classic slip, as a changed computation the evaluator runs. `applies`
 * says whether the slip fits a part at all (a slip that cannot be made on
 * it is never tried); `compute` is the answer a student making the slip
 * gets, undefined exactly when it does not apply.
 */
export interface Mistake {
  /** Stable and kebab-case: session reports record it. */
  id: string;
  applies(problem: ProblemData, compute: Compute): boolean;
  compute(problem: ProblemData, compute: Compute): number | number[] | undefined;
  /** One plain sentence naming the step that went wrong, for the student. */
  sentence: string;
}

/**
 * Builds a Mistake from a narrower fit: `context` picks what the slip needs
 * from the problem (undefined: the part cannot be computed that way), `fits`
 * checks the part, `value` re-runs the computation with the slip.
 */
export function defineMistake<Ctx, C extends Compute>(spec: {
  id: string;
  sentence: string;
  accepts: (c: Compute) => c is C;
  context: (problem: ProblemData) => Ctx | undefined;
  fits: (ctx: Ctx, c: C) => boolean;
  value: (ctx: Ctx, c: C, problem: ProblemData) => number | number[] | undefined;
}): Mistake {
  // Callers ask `applies` and then `compute` of the same part (tryMistakes):
  // the fit found for the one serves the other, on the same objects.
  let last: { problem: ProblemData; c: Compute; fit: { ctx: Ctx; c: C } | undefined } | undefined;
  const fitting = (problem: ProblemData, c: Compute): { ctx: Ctx; c: C } | undefined => {
    if (last?.problem === problem && last.c === c) return last.fit;
    let fit: { ctx: Ctx; c: C } | undefined;
    if (spec.accepts(c)) {
      const ctx = spec.context(problem);
      if (ctx !== undefined && spec.fits(ctx, c)) fit = { ctx, c };
    }
    last = { problem, c, fit };
    return fit;
  };
  return {
    id: spec.id,
    sentence: spec.sentence,
    applies: (problem, c) => fitting(problem, c) !== undefined,
    compute: (problem, c) => {
      const f = fitting(problem, c);
      return f && spec.value(f.ctx, f.c, problem);
    },
  };
}
