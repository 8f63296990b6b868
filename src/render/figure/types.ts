import type { Layout } from '../../nn/layout.js';

/** What the author lets a figure show; everything else is drawn unlabelled. */
export interface Reveal {
  /** Layers (1-based) whose weights are printed. */
  weights: number[];
  /** Print z and a of every node after the input (and H). */
  values: boolean;
  /** Print the input values x. */
  input: boolean;
  biases: boolean;
}

/**
 * A network as a figure sees it. Weights are as the bank writes them: in
 * the from-to layout `weights[l-1][i-1][j-1]` is W^(l)_ij, from node i of
 * layer l-1 to node j of layer l; in to-from the row is node j. `z[k]` and
 * `a[k]` hold layer k+1.
 */
export interface FigureInput {
  /** Node counts, input first; the last layer is the output H (H₁ ... H_k). */
  layers: number[];
  /** One per layer after the input. */
  activations?: string[];
  /** In `layout`, as the bank writes them (from-to when absent). */
  weights?: number[][][];
  layout?: Layout;
  biases?: number[][];
  x?: number[];
  z?: number[][];
  a?: number[][];
  reveal: Reveal;
}

export interface FigureOptions {
  /** Printable ASCII only (x1, W(2), ->) instead of Unicode. */
  ascii: boolean;
  /** Widest line allowed, in display columns. */
  width: number;
}
