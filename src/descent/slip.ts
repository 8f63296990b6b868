/**
 * A descent re-run with a slip (see src/mistakes/catalogue-descent.ts). Each
 * field changes one piece of the computation; an empty slip computes the key.
 */
export interface DescentSlip {
  /** How per-point losses and gradients are combined: as the problem says (right), or summed. */
  reduce?: 'mean' | 'sum';
  /** The factor the square loss's derivative brings down: 2 (right). */
  lossFactor?: number;
  /** The step: against the gradient (right, w - eta grad) or along it. */
  direction?: 'down' | 'up';
  /** The rate actually used, from the problem's rate (e.g. applied twice). */
  rate?: (rate: number) => number;
  /** The 1-based points a step uses, from the problem's batch for it (undefined: all) and the data size. */
  points?: (batch: readonly number[] | undefined, n: number) => number[] | undefined;
  /** false: after the last batch of the schedule, the last one again instead of the first. */
  cycle?: boolean;
  /** The step whose value is given instead of the one asked, from the one asked. */
  step?: (step: number) => number;
  /** The partial derivative in variable `component` (0-based) taken in the next variable instead. */
  wrongPartial?: number;
}
