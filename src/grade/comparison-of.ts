import type { Comparison } from './key.js';
import type { PartData } from '../schema/problem.js';

/** A part's `tolerance` or `compare`, as the grader's comparison (docs/grading.md); none means the default rounding. */
export function comparisonOf(part: { tolerance?: { abs?: number | undefined; rel?: number | undefined } | undefined; compare?: PartCompare | undefined }): { compare?: Comparison } {
  const c = part.compare;
  if (part.tolerance) {
    const { abs, rel } = part.tolerance;
    return { compare: { mode: 'tolerance', ...(abs !== undefined && { abs }), ...(rel !== undefined && { rel }) } };
  }
  if (c === undefined || c === 'rounding') return {};
  if (c === 'exact') return { compare: { mode: 'exact' } };
  return { compare: 'sigfigs' in c ? { mode: 'sigfigs', digits: c.sigfigs } : { mode: 'decimals', digits: c.decimals } };
}

type PartCompare = Extract<PartData, { kind: 'number' }>['compare'];
