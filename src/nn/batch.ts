/**
 * The points a risk is averaged over: all of `data`, or the mini-batch given
 * by 1-based indices (the seed numbers points from 1). Indices that name no
 * point are left out (schema/refine.ts reports them when a bank is loaded).
 */
export function selectBatch<T>(data: readonly T[], batch?: readonly number[]): T[] {
  if (batch === undefined) return [...data];
  return batch.flatMap((i) => {
    const point = data[i - 1];
    return point === undefined ? [] : [point];
  });
}

/** Mean of a list; NaN for an empty one, since no risk is defined there. */
export function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Entrywise mean of equally shaped vectors; NaN entries for an empty list. */
export function meanVector(vectors: readonly number[][], length: number): number[] {
  return Array.from({ length }, (_, j) => mean(vectors.map((v) => v[j] ?? 0)));
}
