import { comparisonBand, halfSigFigUnit, isWhole, MIN_ROUNDING_SIG_FIGS, type Comparison } from '../grade/compare.js';

/**
 * A comparison as targets that know only "key ± tolerance" can take it:
 * the absolute half-width that accepts what quizdrill accepts. Exact for
 * every mode but `rounding`, whose allowance depends on the digits typed:
 * there the target accepts anything that rounds to the key at 3
 * significant digits, which is every honest rounding quizdrill accepts and
 * also a few answers it does not (for a key of 0.182426, `0.18239`: five
 * digits, but not the key rounded to five).
 */
export function absoluteTolerance(key: number, compare: Comparison, noise: number): { tolerance: number; approximate: boolean } {
  if (compare.mode === 'rounding' && !isWhole(key)) {
    return { tolerance: Math.max(comparisonBand(key, compare, noise), halfSigFigUnit(key, MIN_ROUNDING_SIG_FIGS)), approximate: true };
  }
  return { tolerance: comparisonBand(key, compare, noise), approximate: false };
}

/** A tolerance in 6 significant digits, rounded up: never narrower than the band it writes. */
export function toleranceText(t: number): string {
  if (t === 0 || !Number.isFinite(t)) return String(t);
  const short = Number(t.toPrecision(6));
  if (short >= t) return String(short);
  const up = Number((short + 10 ** (Math.floor(Math.log10(t)) - 5)).toPrecision(6));
  // Decimal rounding of a double may still land below; then all the digits it takes.
  return String(up >= t ? up : t);
}
