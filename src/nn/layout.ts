/**
 * How a bank writes a weight matrix. `from-to` (the seed's): a row per node
 * of the layer before, W_ij from node i to node j, z = W^T a + b. `to-from`
 * (most textbooks'): a row per node of the layer, z = W a + b. The
 * evaluator works in from-to; a bank keeps what its author wrote, and
 * matrices shown or asked for are in the bank's own layout.
 */
export const LAYOUTS = ['from-to', 'to-from'] as const;
export type Layout = (typeof LAYOUTS)[number];

export function transpose(m: readonly (readonly number[])[]): number[][] {
  const cols = m[0]?.length ?? 0;
  return Array.from({ length: cols }, (_, j) => m.map((row) => row[j] ?? Number.NaN));
}

/** A matrix written in `layout`, as the evaluator holds it (from-to); or back, the same way. */
export function convert(m: readonly (readonly number[])[], layout: Layout | undefined): number[][] {
  return layout === 'to-from' ? transpose(m) : m.map((row) => [...row]);
}
