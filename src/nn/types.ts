/**
 * Activation functions the evaluator knows. ReLU'(0) = 0 by convention, and
 * step'(z) = 0. Softmax couples its layer's nodes, so it is the output
 * layer's only (schema/refine.ts) and the passes apply it layer by layer.
 */
export const ACTIVATIONS = ['relu', 'linear', 'sigmoid', 'tanh', 'leaky-relu', 'step', 'softmax'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

/** Losses of the output ŷ against a target y (nn/loss.ts). */
export const LOSSES = ['square', 'half-square', 'cross-entropy', 'binary-cross-entropy'] as const;
export type Loss = (typeof LOSSES)[number];

/**
 * A fully connected network; its output is a^(L) (H when it has one node).
 * `weights[l-1][i-1][j-1]` is W^(l)_ij: the weight from node i of layer l-1
 * to node j of layer l, so each matrix has a row per node of the layer before.
 * z^(l) = (W^(l))^T a^(l-1) + b^(l), a^(l) = g_l(z^(l)), a^(0) = x.
 */
export interface Network {
  layers: number[];
  activations: Activation[];
  weights: number[][][];
  /** One vector per layer after the input; absent means no biases. */
  biases?: number[][];
  /** With a loss, the backward pass differentiates L(a^(L), y) instead of H. */
  loss?: Loss;
}

/** Values of a forward pass; index k holds layer k+1 (layer 0 is `x`). */
export interface Forward {
  x: number[];
  z: number[][];
  a: number[][];
  /** a^(L)_1: H for a one-node output. */
  output: number;
}

/** Derivatives of the objective (H, or the loss L when the trace has one); index k holds layer k+1. */
export interface Backward {
  dH_dz: number[][];
  dH_da: number[][];
  /** dH_dW[k][i][j]: derivative with respect to W^(k+1)_{i+1,j+1}. */
  dH_dW: number[][][];
  dH_db: number[][];
  dH_dx: number[];
}

/**
 * The shape of a network without its numbers: `layers[0]` inputs, one
 * activation per later layer, a single output node. Biases are absent
 * unless `biases` is true, as in every network of the seed. Formulas are
 * read against it, and answer keys of formula parts carry it.
 */
export interface Arch {
  layers: readonly number[];
  activations: readonly Activation[];
  biases?: boolean;
  /** The network's loss, when it has one: formulas may then name L, y, ŷ and δ. */
  loss?: Loss;
  /**
   * Names the problem declares for its formulas (`symbols:`), beside the
   * network's own: drawn at random where two formulas are compared, from
   * -3 to 3, or from 0.1 to 3 when `positive`.
   */
  symbols?: readonly DeclaredSymbol[];
}

/** A symbol a problem declares (`symbols: [alpha, { eta: positive }]`), for formulas with or without a network. */
export interface DeclaredSymbol {
  name: string;
  positive?: boolean;
}
