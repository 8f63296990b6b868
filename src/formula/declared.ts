/**
 * The values of a problem's declared symbols (`symbols: [eta]`, arch.symbols)
 * at the points two formulas are compared at. They are no values of the
 * network, so a point's trace does not hold them: each point gets its own
 * draw, so a formula that holds for one value of a rate only is told apart.
 */
import { seeded } from '../random/prng.js';
import type { Arch } from './types.js';

/** Values of the declared symbols at one point, by name. */
export type DeclaredValues = Readonly<Record<string, number>>;

/** Mixed into the points' seed, so the symbols' draw is not the networks'. */
const DECLARED_SEED = 0x17f3e5;

/**
 * The declared symbols' values at each of `count` points: from -3 to 3, or
 * from 0.1 to 3 for a positive one, as formulas without a network draw them
 * (grade/free-formula.ts). The same for the same seed, on every machine.
 */
export function declaredValues(arch: Arch, count: number, seed: number): DeclaredValues[] {
  const columns = Object.entries(declaredColumns(arch, count, seed));
  return Array.from({ length: count }, (_, k) => Object.fromEntries(columns.map(([name, values]) => [name, values[k]!])));
}

/** The same values by symbol rather than by point, as formulas are evaluated (columns.ts). */
export function declaredColumns(arch: Arch, count: number, seed: number): Record<string, Float64Array> {
  const symbols = arch.symbols ?? [];
  const columns = Object.fromEntries(symbols.map((s) => [s.name, new Float64Array(count)]));
  if (symbols.length === 0) return columns;
  const random = seeded(seed ^ DECLARED_SEED);
  for (let k = 0; k < count; k++) {
    for (const s of symbols) columns[s.name]![k] = s.positive ? 0.1 + 2.9 * random() : -3 + 6 * random();
  }
  return columns;
}
