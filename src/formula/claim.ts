/**
 * Proving a claim `dH/dS = formula` the way a formula answer is graded: at
 * every random point of the network, the evaluator's backward pass gives
 * dH/dS and the formula (its blanks filled) must match it within
 * tolerance. A claim that holds everywhere is taken as proved; one point
 * that fails disproves it, and says where.
 */
import { backward, type Backward } from '../nn/index.js';
import { close, pointsFor } from './agree.js';
import { evaluate } from './evaluate.js';
import { formatFormula } from './format.js';
import { symbolName } from './symbols.js';
import type { AgreeOptions, Arch, Claim, ClaimTarget, Formula } from './types.js';

export interface ClaimResult {
  holds: boolean;
  detail: string;
}

/** Does `claim` hold on `arch`, with `blank` in its blanks? */
export function claimHolds(claim: Claim, arch: Arch, blank?: Formula, opts: AgreeOptions = {}): ClaimResult {
  if (claim.blanks > 0 && blank === undefined) {
    return { holds: false, detail: 'the claim has a blank, and no formula was given to fill it' };
  }
  const lhs = `dH/d${symbolName(claim.target)}`;
  const rhs = formatFormula(claim.rhs);
  const points = pointsFor(arch, blank ? [claim.rhs, blank] : [claim.rhs], opts);
  for (const [k, point] of points.entries()) {
    const exact = derivativeOfH(claim.target, backward(point.net, point.fwd));
    const right = evaluate(claim.rhs, point, blank);
    if (!close({ value: exact, scale: Math.abs(exact) }, right, opts)) {
      const filled = blank && claim.blanks > 0 ? ` with ____ = ${formatFormula(blank)}` : '';
      return {
        holds: false,
        detail: `${lhs} = ${rhs}${filled} fails at point ${k + 1} of ${points.length}: ${lhs} = ${exact} but the right side is ${right.value}`,
      };
    }
  }
  return { holds: true, detail: `${lhs} = ${rhs} holds at all ${points.length} points` };
}

function derivativeOfH(target: ClaimTarget, back: Backward): number {
  switch (target.kind) {
    case 'W':
      return back.dH_dW[target.layer - 1]?.[target.from - 1]?.[target.to - 1] ?? Number.NaN;
    case 'b':
      return back.dH_db[target.layer - 1]?.[target.node - 1] ?? Number.NaN;
    case 'z':
      return back.dH_dz[target.layer - 1]?.[target.node - 1] ?? Number.NaN;
    case 'a':
      return back.dH_da[target.layer - 1]?.[target.node - 1] ?? Number.NaN;
    case 'x':
      return back.dH_dx[target.node - 1] ?? Number.NaN;
    default:
      return unknown(target);
  }
}

function unknown(t: never): never {
  throw new Error(`unknown claim target: ${JSON.stringify(t)}`);
}
