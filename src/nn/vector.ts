/*
 * Small dense helpers. Shapes are checked once, when a bank is loaded
 * (schema/refine.ts), so a missing entry here reads as 0 rather than
 * forcing every caller to handle `undefined` from `noUncheckedIndexedAccess`.
 */

// Loops rather than reduce/map chains: check runs these for every variant,
// claim point and slip, and each chain step allocated an array.

export function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

export function dot(u: readonly number[], v: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < u.length; i++) sum += u[i]! * (v[i] ?? 0);
  return sum;
}

/** (W^T v)_j = sum_i W_ij v_i: how a layer combines the nodes before it. */
export function transposeTimes(w: readonly number[][], v: readonly number[], cols: number): number[] {
  const out = zeros(cols);
  for (let i = 0; i < w.length; i++) {
    const row = w[i]!;
    const vi = v[i] ?? 0;
    for (let j = 0; j < cols; j++) out[j] = out[j]! + (row[j] ?? 0) * vi;
  }
  return out;
}

/** (W u)_i = sum_j W_ij u_j: how a derivative flows back to the layer before. */
export function times(w: readonly number[][], u: readonly number[]): number[] {
  return w.map((row) => dot(row, u));
}

/** (u v^T)_ij = u_i v_j. */
export function outer(u: readonly number[], v: readonly number[]): number[][] {
  return u.map((ui) => v.map((vj) => ui * vj));
}

export function scale(u: readonly number[], c: number): number[] {
  return u.map((ui) => ui * c);
}

/** u + c v, the shape of every descent update. */
export function addScaled(u: readonly number[], v: readonly number[], c: number): number[] {
  return u.map((ui, i) => ui + c * (v[i] ?? 0));
}
