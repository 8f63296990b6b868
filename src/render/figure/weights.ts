import type { Glyphs } from './glyphs.js';
import type { Grid } from './matrix.js';
import { num, type LayerView } from './nodes.js';
import type { FigureInput } from './types.js';

/**
 * The revealed parameters of layer l as a grid, in the bank's layout so
 * the figure shows the matrix the prompt writes: from-to (the seed's) has
 * a row per node W^(l)_ij comes from and a column per node it goes to,
 * to-from the other way round. The corner names the layout, so a reader
 * never has to guess which index is the row. Biases are a last row
 * (from-to) or column (to-from), one entry per node of layer l. Undefined
 * when the author shows neither.
 */
export function parameterGrid(
  input: FigureInput,
  l: number,
  views: readonly LayerView[],
  g: Glyphs,
): Grid | undefined {
  const from = views[l - 1];
  const to = views[l];
  if (!from || !to) return undefined;
  const w = input.reveal.weights.includes(l) ? input.weights?.[l - 1] : undefined;
  const b = input.reveal.biases ? input.biases?.[l - 1] : undefined;
  if (!w && !b) return undefined;
  if (!w) return { corner: g.bias(l), columns: to.labels.map((label) => `to ${label}`), rows: [{ label: 'bias', cells: to.labels.map((_, j) => num(b?.[j])) }] };
  if (input.layout === 'to-from') {
    return {
      corner: `${g.weight(l)} to-from`,
      columns: [...from.labels.map((label) => `from ${label}`), ...(b ? ['bias'] : [])],
      rows: to.labels.map((label, j) => ({ label: `to ${label}`, cells: [...from.labels.map((_, i) => num(w[j]?.[i])), ...(b ? [num(b[j])] : [])] })),
    };
  }
  return {
    corner: `${g.weight(l)} from-to`,
    columns: to.labels.map((label) => `to ${label}`),
    rows: [
      ...from.labels.map((label, i) => ({ label: `from ${label}`, cells: to.labels.map((_, j) => num(w[i]?.[j])) })),
      ...(b ? [{ label: 'bias', cells: to.labels.map((_, j) => num(b[j])) }] : []),
    ],
  };
}
