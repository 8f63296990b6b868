import { archOf } from '../bank/model.js';
import type { PartData, ProblemData } from '../schema/problem.js';
import type { DiagnosticCode } from '../diagnostics/diagnostic.js';
import { claimHolds, parseClaim, parseFormula } from '../formula/index.js';

type Report = (path: (string | number)[], code: DiagnosticCode, message: string) => void;

/**
 * Proves a part's claim on random networks of the problem's architecture:
 * an expression part's claim must hold with its key in the blank; a
 * true/false part's key must say whether its claim holds.
 */
export function checkClaim(p: ProblemData, part: PartData, label: string, report: Report): void {
  if ((part.kind !== 'expression' && part.kind !== 'true-false') || part.claim === undefined) return;
  const arch = archOf(p.network);
  const claim = parseClaim(part.claim, arch);
  if (!claim.ok) return report(['claim'], 'invalid-value', `${label}: the claim cannot be read: ${claim.error}. ${claim.hint}`);
  if (part.kind === 'expression') {
    if (claim.value.blanks === 0) return report(['claim'], 'invalid-value', `${label}: the claim of a formula part needs a blank (\\blank or ____) where the key goes`);
    const key = parseFormula(part.answer, arch);
    if (!key.ok) return; // the self-test reports a key that cannot be read
    const r = claimHolds(claim.value, arch, key.value);
    if (!r.holds) report(['answer'], 'key-mismatch', `${label}: with this key in the blank, the claim does not hold: ${r.detail}`);
    return;
  }
  if (claim.value.blanks > 0) return report(['claim'], 'invalid-value', `${label}: a true/false claim has no blank to fill`);
  const r = claimHolds(claim.value, arch);
  if (r.holds !== part.answer)
    report(['answer'], 'key-mismatch', `${label}: the answer is ${part.answer ? 'True' : 'False'}, but on the network the claim ${r.holds ? 'holds' : 'does not hold'}: ${r.detail}`);
}
