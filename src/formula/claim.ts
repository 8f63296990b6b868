/**
 * Proving a claim `dH/dS = formula` the way a formula answer is graded: at
 * every random point of the network, the point's trace gives dH/dS and the
 * formula (its blanks filled) must match it within tolerance. A claim that holds everywhere is taken as proved; one point
 * that fails disproves it, and says where.
 */
import { shortName } from '../nn/index.js';
import { closeValues, pointsFor } from './agree.js';
import { evaluateColumn } from './columns.js';
import { formatFormula } from './format.js';
import type { AgreeOptions, Arch, Claim, Formula } from './types.js';

export interface ClaimResult {
  holds: boolean;
  detail: string;
}

/** Does `claim` hold on `arch`, with `blank` in its blanks? */
export function claimHolds(claim: Claim, arch: Arch, blank?: Formula, opts: AgreeOptions = {}): ClaimResult {
  if (claim.blanks > 0 && blank === undefined) {
    return { holds: false, detail: 'the claim has a blank, and no formula was given to fill it' };
  }
  const dH = { kind: 'd', of: claim.of, by: claim.target } as const;
  const lhs = shortName(dH);
  const rhs = formatFormula(claim.rhs);
  const points = pointsFor(arch, blank ? [claim.rhs, blank] : [claim.rhs], opts);
  const right = evaluateColumn(claim.rhs, points, blank);
  for (const [k, point] of points.entries()) {
    const exact = point.value(dH) ?? Number.NaN;
    if (!closeValues(exact, Math.abs(exact), right.value[k]!, right.scale[k]!, opts)) {
      const filled = blank && claim.blanks > 0 ? ` with ____ = ${formatFormula(blank)}` : '';
      return {
        holds: false,
        detail: `${lhs} = ${rhs}${filled} fails at point ${k + 1} of ${points.length}: ${lhs} = ${exact} but the right side is ${right.value[k]}`,
      };
    }
  }
  return { holds: true, detail: `${lhs} = ${rhs} holds at all ${points.length} points` };
}
