/**
 * The notation, as shown to a student who types `?` at a formula prompt.
 * docs/formulas.md says the same at more length; keep the two
 * in step.
 */

/** The one-line reminder that comes with every format error. */
export const FORMULA_HINT =
  "a formula in the network's symbols, such as W2_22 * g'(z2_2) * W3_21 or " +
  "W_{22}^{(2)} g'(z_2^{(2)}) W_{21}^{(3)}; type ? for the notation";

export const FORMULA_HELP = `\
Type a formula in the network's symbols, in either spelling:
  short     W2_22 * g'(z2_2) * W3_21
  LaTeX     W_{22}^{(2)} g'(z_2^{(2)}) W_{21}^{(3)}

Symbols (l is a layer, counted from 1 with the input as layer 0; i, j are
node numbers, counted from 1), each with the ways to type it:
  Wl_ij     weight from node i of layer l-1 to node j of layer l
            W2_21  W_{21}^{(2)}  W^{(2)}_{21}  W^(2)_21  W(2)_21
            node numbers of 10 or more take a comma: W2_1,12  W_{1,12}^{(2)}
  zl_j      input of node j of layer l        z2_1  z_1^{(2)}  z^{(2)}_1
  al_j      output of node j of layer l       a1_2  a_2^{(1)}  (a0_i is x_i)
  bl_j      bias of node j of layer l         b2_1  b_1^{(2)}  (with biases)
  x_i       input i                           x_1  x1  x_{1}
  H         the network's output
  L, y      the loss and the target (with a loss)
  yhat      the output as the loss sees it    yhat  \\hat{y}
  deltal_j  dL/dzl_j (with a loss)            delta2_1  \\delta_1^{(2)}
  g'(zl_j)  layer l's activation's derivative at zl_j
            g'(z2_1)  g^\\prime(z_1^{(2)})
  g(zl_j)   layer l's activation at zl_j, the same as al_j
  sigma(u)  the logistic sigmoid of anything; sigma'(u), its derivative
            sigma(u)  \\sigma(u)

Write + - * / ^, brackets ( ) [ ] { }, and numbers such as 2 or 0.5.
A product may leave out the *: 2 x_1 W1_11 means 2 * x_1 * W1_11.
LaTeX spacing and sizing (\\, \\; \\left( \\right)), \\cdot, \\times and
\\frac{a}{b} are read as usual.

g and g' take a z symbol only, since each layer has its own activation.
A symbol the network does not have is refused, with the list of those it has.`;
