/*
 * Small dense helpers. Shapes are checked once up front (see shapes.ts), so
 * a missing entry here reads as 0 rather than forcing every caller to
 * handle `undefined` from `noUncheckedIndexedAccess`.
 */

export function zeros(n: number): number[] {
  return Array.from({ length: n }, () => 0);
}

export function dot(u: readonly number[], v: readonly number[]): number {
  return u.reduce((sum, ui, i) => sum + ui * (v[i] ?? 0), 0);
}

/** (W^T v)_j = sum_i W_ij v_i: how a layer combines the nodes before it. */
export function transposeTimes(w: readonly number[][], v: readonly number[], cols: number): number[] {
  return w.reduce<number[]>(
    (acc, row, i) => acc.map((s, j) => s + (row[j] ?? 0) * (v[i] ?? 0)),
    zeros(cols),
  );
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

export function addScaledMatrix(a: readonly number[][], b: readonly number[][], c: number): number[][] {
  return a.map((row, i) => addScaled(row, b[i] ?? [], c));
}
