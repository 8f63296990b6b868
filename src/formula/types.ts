/**
 * The data of a formula answer: the architecture it is read against, the
 * symbols it may name, and the tree a parse produces. The tree is a closed
 * union built by our own parser, so nothing outside it can be expressed.
 */
import type { Activation } from '../nn/index.js';

/**
 * The shape of a problem's network, without its numbers: `layers[0]` inputs,
 * one activation per later layer, a single output node. Biases are absent
 * unless `biases` is true, as in every network of the seed.
 */
export interface Arch {
  layers: readonly number[];
  activations: readonly Activation[];
  biases?: boolean;
}

/**
 * A quantity of the network, in the seed's convention: W^(l)_ij joins node i
 * of layer l-1 to node j of layer l; b, z and a are per node of layer l >= 1;
 * x_i is input i (a^(0)_i is read as x_i); H is the output.
 */
export type SymbolRef =
  | { kind: 'W'; layer: number; from: number; to: number }
  | { kind: 'b' | 'z' | 'a'; layer: number; node: number }
  | { kind: 'x'; node: number }
  | { kind: 'H' };

/** A node z^(l)_j, the only thing g and g' may be applied to. */
export interface ZRef {
  layer: number;
  node: number;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Formula =
  | { kind: 'number'; value: number }
  | { kind: 'symbol'; symbol: SymbolRef }
  /** g(z^(l)_j) or g'(z^(l)_j): layer l's own activation or its derivative. */
  | { kind: 'activation'; prime: boolean; z: ZRef }
  /** sigma(u) or sigma'(u): the logistic sigmoid, whatever the network uses. */
  | { kind: 'sigmoid'; prime: boolean; arg: Formula }
  | { kind: 'negate'; arg: Formula }
  | { kind: 'binary'; op: BinaryOp; left: Formula; right: Formula }
  /** Only in a claim: stands for the formula that fills the blank. */
  | { kind: 'blank' };

/** A derivative-of-H symbol: what a claim's left side differentiates by. */
export type ClaimTarget = Exclude<SymbolRef, { kind: 'H' }>;

/** `dH/d<target> = rhs`; every blank in `rhs` stands for the same formula. */
export interface Claim {
  target: ClaimTarget;
  rhs: Formula;
  blanks: number;
}

/**
 * How formulas are compared. Defaults: FORMULA_SEED, the point count chosen
 * by `pointCount`, FORMULA_REL_TOL and FORMULA_ABS_TOL.
 */
export interface AgreeOptions {
  seed?: number;
  points?: number;
  rel?: number;
  abs?: number;
}
