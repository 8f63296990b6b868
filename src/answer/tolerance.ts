/**
 * The key "typed exactly": as arithmetic (`1/3`) or in all its digits.
 * Shared by number answers (grade/compare.ts, which explains the rules) and
 * formula answers (formula/agree.ts): an exact key demands the exact value.
 */
export const EXACT_REL_TOL = 1e-9;
