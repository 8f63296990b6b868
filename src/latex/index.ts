/**
 * LaTeX in bank text, rendered for a terminal. Pure: text in, text and the
 * unknown commands (with offsets, for `quizdrill check`) out. No wrapping:
 * the caller wraps, and keeps the lines of a matrix block as they are.
 *
 * Stages: spans.ts cuts prose from math; tokenize.ts and parse.ts (with
 * parse-command.ts, parse-env.ts) turn math into nodes; render-seq.ts and
 * render-node.ts lay nodes out as boxes (box.ts, matrix.ts, scripts.ts);
 * layout.ts puts prose and boxes together.
 *
 * Unicode mode: ∂H/∂a₁⁽¹⁾, W⁽²⁾₂₂, (a + b)/c, x⃗, Σₖ, σ, ≈, matrices as
 * bracketed grids on lines of their own. A script Unicode cannot raise or
 * lower is written as in ASCII mode.
 *
 * ASCII mode, printable ASCII only:
 * - sub- and superscripts: `x_1`, `x_ij`, `x^T`, `x^(1)`; anything other
 *   than letters and digits, or one parenthesized group, is parenthesized:
 *   `e^(-z)`, `sum_(i=1)^n`. A one-character subscript comes first
 *   (`a_1^(1)`), a longer one after the superscript (`W^(2)_22`).
 * - ∂ is `d` (`dH/da_1^(1)`), ∇ is `grad`, Σ is `sum`, ∞ is `inf`, ℓ is `l`,
 *   Greek letters are their names (`sigma`, `eta`).
 * - · and × are `*`, ≈ `~=`, ≠ `!=`, ≤ `<=`, ≥ `>=`, ≪ `<<`, → `->`, ∈ `in`,
 *   ‖w‖ `||w||`, … `...`, √x `sqrt(x)`.
 * - \vec x is `x`; \hat y is `hat(y)` (bar, tilde, dot alike); \mathbb{R} is `R`.
 * - fractions are `a/b`, as in Unicode mode; matrices are rows in `[ ]`
 *   (`| |` for determinants), one per line.
 * - prose: `---` is `--`, and asciiFold maps what is left (— “ ” é ✓) to ASCII.
 */
export { asciiFold } from './ascii-fold.js';
export { wantsAscii } from './locale.js';
export { renderFormula, renderMath, unknownCommands } from './render-math.js';
export type { RenderOptions, Rendered, UnknownCommand } from './types.js';
