import type { Glyphs } from './glyphs.js';
import type { Grid } from './matrix.js';
import { num, type LayerView } from './nodes.js';
import type { FigureInput } from './types.js';

/**
 * The revealed parameters of layer l as a grid in the seed's convention:
 * row i is the node W^(l)_ij comes from, column j the node it goes to, and
 * a last `bias` row holds b^(l)_j. Undefined when the author shows neither.
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
  const columns = to.labels.map((label) => `to ${label}`);
  const rows = [
    ...(w ? from.labels.map((label, i) => ({ label: `from ${label}`, cells: to.labels.map((_, j) => num(w[i]?.[j])) })) : []),
    ...(b ? [{ label: 'bias', cells: to.labels.map((_, j) => num(b[j])) }] : []),
  ];
  return { corner: w ? g.weight(l) : g.bias(l), columns, rows };
}
