/** A LaTeX command the renderer does not know, at `offset` (UTF-16 index into the input). */
export interface UnknownCommand {
  /** As written, with its backslash: `\foo`, or `\begin{foo}` for an environment. */
  command: string;
  offset: number;
}

export interface RenderOptions {
  /** Printable ASCII only (plus newlines), for terminals without Unicode. */
  ascii: boolean;
}

export interface Rendered {
  text: string;
  unknown: UnknownCommand[];
}

/**
 * How an atom spaces against its neighbours, after TeX's atom classes:
 * `bin` (+, ·) and `rel` (=, ≈) get a space each side, `punct` (, ;) one after,
 * `slash` none (∂H/∂a), `fn` (log, Aug) and `bigop` (Σ) one before an ordinary atom.
 */
export type AtomClass = 'ord' | 'bin' | 'rel' | 'punct' | 'open' | 'close' | 'slash' | 'fn' | 'bigop';

export type AccentName = 'vec' | 'hat' | 'bar' | 'tilde' | 'dot' | 'ddot' | 'underline';

/** Delimiter pairs of the matrix environments; `cases` is left-aligned with a brace on the left. */
export type MatrixKind = 'matrix' | 'pmatrix' | 'bmatrix' | 'Bmatrix' | 'vmatrix' | 'Vmatrix' | 'cases';

/** A \left/\right delimiter in both renderings; empty for `.`. */
export interface Delim {
  u: string;
  a: string;
}

export type MathNode =
  /** A literal character or a known symbol, in both renderings. */
  | { kind: 'atom'; u: string; a: string; cls: AtomClass }
  /**
   * Source whitespace (`explicit: false`) or \, \; (`explicit: true`): at most
   * one space, where spacing allows. Only an explicit one may follow a sign: `+ \; 4`.
   */
  | { kind: 'space'; explicit: boolean }
  /** \quad and friends: this many spaces, always. */
  | { kind: 'hspace'; width: number }
  | { kind: 'newline' }
  | { kind: 'group'; body: MathNode[] }
  | { kind: 'scripts'; base: MathNode | null; sub: MathNode[] | null; sup: MathNode[] | null }
  | { kind: 'frac'; num: MathNode[]; den: MathNode[] }
  | { kind: 'sqrt'; body: MathNode[]; index: MathNode[] | null }
  | { kind: 'accent'; accent: AccentName; body: MathNode[] }
  /** \text{...}: characters as written, spaces kept, no math spacing. */
  | { kind: 'text'; body: MathNode[] }
  /** \mathrm{...}, \operatorname{...}: math content shown plainly, with the class of the whole. */
  | { kind: 'font'; body: MathNode[]; cls: AtomClass; bb: boolean }
  | { kind: 'delimited'; left: Delim; right: Delim; body: MathNode[] }
  | { kind: 'matrix'; matrix: MatrixKind; rows: MathNode[][][] };

export type Token =
  | { t: 'cmd'; name: string; offset: number }
  | { t: 'open'; offset: number }
  | { t: 'close'; offset: number }
  | { t: 'sup'; offset: number }
  | { t: 'sub'; offset: number }
  | { t: 'amp'; offset: number }
  | { t: 'space'; offset: number }
  | { t: 'char'; ch: string; offset: number };
