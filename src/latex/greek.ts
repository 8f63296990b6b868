/** Greek letters by command name; in ASCII they read as their names (`\sigma` → sigma). */
const LOWER: Array<[string, string]> = [
  ['alpha', 'α'], ['beta', 'β'], ['gamma', 'γ'], ['delta', 'δ'], ['epsilon', 'ϵ'],
  ['varepsilon', 'ε'], ['zeta', 'ζ'], ['eta', 'η'], ['theta', 'θ'], ['vartheta', 'ϑ'],
  ['iota', 'ι'], ['kappa', 'κ'], ['lambda', 'λ'], ['mu', 'μ'], ['nu', 'ν'], ['xi', 'ξ'],
  ['omicron', 'ο'], ['pi', 'π'], ['varpi', 'ϖ'], ['rho', 'ρ'], ['varrho', 'ϱ'],
  ['sigma', 'σ'], ['varsigma', 'ς'], ['tau', 'τ'], ['upsilon', 'υ'], ['phi', 'ϕ'],
  ['varphi', 'φ'], ['chi', 'χ'], ['psi', 'ψ'], ['omega', 'ω'],
];

const UPPER: Array<[string, string]> = [
  ['Gamma', 'Γ'], ['Delta', 'Δ'], ['Theta', 'Θ'], ['Lambda', 'Λ'], ['Xi', 'Ξ'], ['Pi', 'Π'],
  ['Sigma', 'Σ'], ['Upsilon', 'Υ'], ['Phi', 'Φ'], ['Psi', 'Ψ'], ['Omega', 'Ω'],
];

/** Command name → [unicode, ascii]; the `var` forms fold to the plain name. */
export const GREEK: ReadonlyMap<string, readonly [string, string]> = new Map(
  [...LOWER, ...UPPER].map(([name, u]) => [name, [u, name.replace(/^var/, '')]] as const),
);
