import { forward } from '../nn/index.js';
import type { ExportProblem } from './model.js';

/** What a problem's figure shows, as data every format draws its own way. */
export interface FigureData {
  /** Node counts, input first; the last layer is the output H. */
  layers: number[];
  /** One per layer after the input, when the bank gives them. */
  activations?: string[];
  /** Revealed weight matrices: `matrix[i][j]` is W^(layer)_(i+1)(j+1). */
  weights: { layer: number; matrix: number[][] }[];
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
  const out: FigureData = { layers: n.layers, ...(n.activations && { activations: n.activations }), weights, biases };
  if (f.input && n.input) out.input = n.input;
  if (f.values && n.weights && n.activations && n.input) {
    const fwd = forward({ layers: n.layers, activations: n.activations, weights: n.weights, ...(n.biases && { biases: n.biases }) }, n.input);
    out.values = { z: fwd.z, a: fwd.a };
  }
  return out;
}

/** The number as the drill shows numbers, so figures and keys agree. */
export { formatNumber } from '../grade/format.js';
