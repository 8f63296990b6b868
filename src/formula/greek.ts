/**
 * Greek letters typed as themselves, read as their names: a declared
 * symbol `eta` may be typed η, \eta or eta. In a network's formulas σ stays
 * the sigmoid (the lexer reads it first).
 */
export const GREEK: Readonly<Record<string, string>> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', η: 'eta', θ: 'theta', κ: 'kappa',
  λ: 'lambda', μ: 'mu', ν: 'nu', ρ: 'rho', σ: 'sigma', τ: 'tau', φ: 'phi', ω: 'omega',
};
