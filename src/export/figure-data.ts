import { networkOf } from '../compute/network-of.js';
import { forward, type Layout } from '../nn/index.js';
import type { ExportProblem } from './model.js';

/** What a problem's figure shows, as data every format draws its own way. */
export interface FigureData {
  /** Node counts, input first; the last layer is the output H (H₁ ... H_k for several). */
  layers: number[];
  /** One per layer after the input, when the bank gives them. */
  activations?: string[];
  /**
   * Revealed weight matrices as the bank writes them: in `layout` from-to
   * `matrix[i][j]` is the weight from node i+1 to node j+1, in to-from the
   * weight to node i+1 from node j+1.
   */
  weights: { layer: number; matrix: number[][] }[];
  layout: Layout;
  biases: { layer: number; values: number[] }[];
  input?: number[];
  /** z and a of every layer after the input, when values are revealed. */
  values?: { z: number[][]; a: number[][] };
}

/**
 * The figure of a problem, showing only what the author reveals
 * (`figure:` in the bank), as the terminal's figure does
 * (src/render/problem-figure.ts); undefined when there is none.
 */
export function figureData(p: ExportProblem): FigureData | undefined {
  const n = p.network;
  if (!n || p.figure === false) return undefined;
  const f = p.figure ?? {};
  const L = n.layers.length - 1;
  const shown = f.weights === 'all' ? Array.from({ length: L }, (_, k) => k + 1) : (f.weights ?? []);
  const weights = n.weights ? shown.filter((l) => n.weights![l - 1]).map((l) => ({ layer: l, matrix: n.weights![l - 1]! })) : [];
  const biases = f.biases && n.biases ? n.biases.map((values, k) => ({ layer: k + 1, values })) : [];
  const out: FigureData = { layers: n.layers, ...(n.activations && { activations: n.activations }), weights, layout: n.layout ?? 'from-to', biases };
  if (f.input && n.input) out.input = n.input;
  const net = f.values ? networkOf(n) : undefined;
  if (net && n.input) {
    const fwd = forward(net, n.input);
    out.values = { z: fwd.z, a: fwd.a };
  }
  return out;
}

/** Which node a row and a column of a weight matrix are, in the figure's layout: `from`/`to` and the reverse. */
export function weightAxes(layout: Layout): { row: 'from' | 'to'; column: 'from' | 'to' } {
  return layout === 'to-from' ? { row: 'to', column: 'from' } : { row: 'from', column: 'to' };
}

/** How an output node is named, as the terminal's figure names it: H for one, H₁ ... H_k for several. */
export function outputLabel(outputs: number, k: number): string {
  return outputs === 1 ? 'H' : `H${[...String(k)].map((d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]).join('')}`;
}

/** The number as the drill shows numbers, so figures and keys agree. */
export { formatNumber } from '../grade/format.js';
