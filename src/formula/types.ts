/**
 * The data of a formula answer: the architecture it is read against, the
 * symbols it may name, and the tree a parse produces. The tree is a closed
 * union built by our own parser, so nothing outside it can be expressed.
 */
import type { Arch, NetworkValue, Wrt } from '../nn/index.js';

export type { Arch };

/**
 * What a formula's symbol names: a value of the network, or, where the
 * network has a loss, the loss L, the target y_k, the output ŷ_k (a of the
 * output layer, under its own name) or δ^(l)_j = dL/dz^(l)_j; or one of the
 * problem's declared symbols, which is no value of the network at all.
 */
export type FormulaSymbol =
  | NetworkValue
  | { kind: 'L' }
  | { kind: 'y'; node: number }
  | { kind: 'yhat'; node: number }
  | { kind: 'delta'; layer: number; node: number }
  /** A name the problem declares (`symbols: [eta]`), such as a rate: drawn afresh at each point (declared.ts). */
  | { kind: 'declared'; name: string };

/** A node z^(l)_j, the only thing g and g' may be applied to. */
export interface ZRef {
  layer: number;
  node: number;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Formula =
  | { kind: 'number'; value: number }
  | { kind: 'symbol'; symbol: FormulaSymbol }
  /** g(z^(l)_j) or g'(z^(l)_j): layer l's own activation or its derivative. */
  | { kind: 'activation'; prime: boolean; z: ZRef }
  /** sigma(u) or sigma'(u): the logistic sigmoid, whatever the network uses. */
  | { kind: 'sigmoid'; prime: boolean; arg: Formula }
  | { kind: 'negate'; arg: Formula }
  | { kind: 'binary'; op: BinaryOp; left: Formula; right: Formula }
  /** Only in a claim: stands for the formula that fills the blank. */
  | { kind: 'blank' };

/** `dH/d<target> = rhs`; every blank in `rhs` stands for the same formula. */
export interface Claim {
  /** dH/dS, or dL/dS on a network with a loss. */
  of: 'H' | 'L';
  target: Wrt;
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
