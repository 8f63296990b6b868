import { describe, expect, it } from 'vitest';
import { renderFormula, renderMath } from '../../../src/latex/index.js';

const uni = (s: string): string => renderMath(s, { ascii: false }).text;
const asc = (s: string): string => renderMath(s, { ascii: true }).text;

// [input, Unicode, ASCII]
type Row = [string, string, string];

describe('scripts and fractions', () => {
  it.each<Row>([
    [String.raw`\(\partial H / \partial a_1^{(1)}\)`, '∂H/∂a₁⁽¹⁾', 'dH/da_1^(1)'],
    [String.raw`\(\partial H / \partial a_{1}^{(1)}\)`, '∂H/∂a₁⁽¹⁾', 'dH/da_1^(1)'],
    [String.raw`\(\dfrac{a}{b}\)`, 'a/b', 'a/b'],
    [String.raw`\(\frac{a}{b}\)`, 'a/b', 'a/b'],
    [String.raw`\(\tfrac{1}{2}\)`, '1/2', '1/2'],
    [String.raw`\(\frac12\)`, '1/2', '1/2'],
    [String.raw`\(\frac{a + b}{c}\)`, '(a + b)/c', '(a + b)/c'],
    [String.raw`\(\frac{a}{b+c}\)`, 'a/(b + c)', 'a/(b + c)'],
    [String.raw`\(\frac{1}{-3}\)`, '1/(-3)', '1/(-3)'],
    [String.raw`\(\frac{-1}{3}\)`, '-1/3', '-1/3'],
    [String.raw`\(\frac{\partial H}{\partial W_{11}^{(2)}}\)`, '∂H/∂W⁽²⁾₁₁', 'dH/dW^(2)_11'],
    [String.raw`\(\frac{1}{n} \sum_i x_i\)`, '(1/n) Σᵢ xᵢ', '(1/n) sum_i x_i'],
    [String.raw`\(\frac{1}{2}(-8, -18)^T\)`, '(1/2)(-8, -18)ᵀ', '(1/2)(-8, -18)^T'],
    [String.raw`\(x \cdot \frac{a}{b} = 1\)`, 'x · a/b = 1', 'x * a/b = 1'],
    [String.raw`\(- \frac{1}{2}\)`, '-1/2', '-1/2'],
    [String.raw`\(x_{ij}\)`, 'xᵢⱼ', 'x_ij'],
    // A prime is the operator's own: no space before it, as before its bracket.
    [String.raw`\(\tanh'(z) = 1 - \tanh^2(z)\)`, "tanh'(z) = 1 - tanh²(z)", "tanh'(z) = 1 - tanh^2 (z)"],
    [String.raw`\(\tanh z\)`, 'tanh z', 'tanh z'],
    [String.raw`\(x_{\ell}\)`, 'xₗ', 'x_l'],
    [String.raw`\(W_{ij}^{(\ell)}\)`, 'W⁽ˡ⁾ᵢⱼ', 'W^(l)_ij'],
    [String.raw`\(z^{(\text{out})}\)`, 'z⁽ᵒᵘᵗ⁾', 'z^(out)'],
    [String.raw`\(x^{T}\)`, 'xᵀ', 'x^T'],
    [String.raw`\(e^{-z}\)`, 'e⁻ᶻ', 'e^(-z)'],
    [String.raw`\(x^2 + y^{10}\)`, 'x² + y¹⁰', 'x^2 + y^10'],
    [String.raw`\(W_{22}^{(2)}\)`, 'W⁽²⁾₂₂', 'W^(2)_22'],
    [String.raw`\(W^{(2)}_{22}\)`, 'W⁽²⁾₂₂', 'W^(2)_22'],
    [String.raw`\(a^{(1)}_1\)`, 'a₁⁽¹⁾', 'a_1^(1)'],
    [String.raw`\(x_{i+1}\)`, 'xᵢ₊₁', 'x_(i+1)'],
    [String.raw`\(x^{Q}\)`, 'x^Q', 'x^Q'],
    [String.raw`\(x^{Q+1}\)`, 'x^(Q+1)', 'x^(Q+1)'],
    [String.raw`\(x _ 1\)`, 'x₁', 'x_1'],
    [String.raw`\(x^a^b\)`, 'xᵃᵇ', 'x^a^b'],
    [String.raw`\(x_1y_2\)`, 'x₁y₂', 'x_1 y_2'],
    [String.raw`\(g'(z)\)`, "g'(z)", "g'(z)"],
    [String.raw`\(\sigma'(z^{(\text{out})})\)`, "σ'(z⁽ᵒᵘᵗ⁾)", "sigma'(z^(out))"],
    [String.raw`\(\sqrt{x}\)`, '√x', 'sqrt(x)'],
    [String.raw`\(\sqrt{x+1}\)`, '√(x + 1)', 'sqrt(x + 1)'],
    [String.raw`\(\sqrt[3]{x}\)`, '³√x', 'root(3, x)'],
  ])('%s', (input, u, a) => {
    expect(uni(input)).toBe(u);
    expect(asc(input)).toBe(a);
  });
});

describe('symbols, accents, text and spacing', () => {
  it.each<Row>([
    [String.raw`\(\vec x\)`, 'x⃗', 'x'],
    [String.raw`\(\vec w\)`, 'w⃗', 'w'],
    [String.raw`\(\vec 0\)`, '0⃗', '0'],
    [String.raw`\(\vec{x}^{(1)}\)`, 'x⃗⁽¹⁾', 'x^(1)'],
    [String.raw`\(\hat y \bar x \tilde z\)`, 'ŷ x̄ z̃', 'hat(y) bar(x) tilde(z)'],
    [String.raw`\(\text{ReLU}(3)\)`, 'ReLU(3)', 'ReLU(3)'],
    [String.raw`\(\text{for all  } i\)`, 'for all i', 'for all i'],
    [String.raw`\(\operatorname{Aug}(\vec x)\)`, 'Aug(x⃗)', 'Aug(x)'],
    [String.raw`\(\operatorname{softmax} z\)`, 'softmax z', 'softmax z'],
    [String.raw`\(\mathrm{d}x\)`, 'dx', 'dx'],
    [String.raw`\(\Aug(\vec x) \cdot \vec w\)`, 'Aug(x⃗) · w⃗', 'Aug(x) * w'],
    [String.raw`\(\mathbb{R}^n\)`, 'ℝⁿ', 'R^n'],
    [String.raw`\(a \cdot b\)`, 'a · b', 'a * b'],
    [String.raw`\(3 \times 4\)`, '3 × 4', '3 * 4'],
    [String.raw`\(a \approx b\)`, 'a ≈ b', 'a ~= b'],
    [String.raw`\(a \neq b\)`, 'a ≠ b', 'a != b'],
    [String.raw`\(a \leq b \geq c\)`, 'a ≤ b ≥ c', 'a <= b >= c'],
    [String.raw`\(m \ll n \gg k\)`, 'm ≪ n ≫ k', 'm << n >> k'],
    [String.raw`\(\not= \not\in\)`, '≠ ∉', '!= not in'],
    [String.raw`\(\sum_k W_{1k}\)`, 'Σₖ W₁ₖ', 'sum_k W_1k'],
    [String.raw`\(\sum_{i=1}^n x_i\)`, 'Σᵢ₌₁ⁿ xᵢ', 'sum_(i=1)^n x_i'],
    [String.raw`\(\sigma(z)\)`, 'σ(z)', 'sigma(z)'],
    [String.raw`\(\eta\)`, 'η', 'eta'],
    [String.raw`\(\ell\)`, 'ℓ', 'l'],
    [String.raw`\(\alpha\beta\Gamma\Omega\varepsilon\)`, 'αβΓΩε', 'alpha beta Gamma Omega epsilon'],
    [String.raw`\(\eta\nabla R\)`, 'η∇R', 'eta grad R'],
    [String.raw`\(2\pi r\)`, '2πr', '2 pi r'],
    [String.raw`\(\left( a \right) \left[ b \right]\)`, '(a) [b]', '(a) [b]'],
    [String.raw`\(\big( c \big) \Bigl[ d \Bigr]\)`, '(c) [d]', '(c) [d]'],
    [String.raw`\(\left. x \right|\)`, 'x|', 'x|'],
    [String.raw`\(x \in \{1, 2\}\)`, 'x ∈ {1, 2}', 'x in {1, 2}'],
    [String.raw`\((x, y) \in\{(1, 3),\;(2, 3)\}\)`, '(x, y) ∈ {(1, 3), (2, 3)}', '(x, y) in {(1, 3), (2, 3)}'],
    [String.raw`\(\|w\|\)`, '‖w‖', '||w||'],
    [String.raw`\(x \to \infty\)`, 'x → ∞', 'x -> inf'],
    [String.raw`\(\nabla f\)`, '∇f', 'grad f'],
    [String.raw`\(1, \ldots, n, \dots\)`, '1, …, n, …', '1, ..., n, ...'],
    [String.raw`\(a\,b\;c\!d\quad e\)`, 'a b cd  e', 'a b cd  e'],
    [String.raw`\(+ \; 4\)`, '+ 4', '+ 4'],
    [String.raw`\(= -14\)`, '= -14', '= -14'],
    [String.raw`\(5(-3) + 1(1)\)`, '5(-3) + 1(1)', '5(-3) + 1(1)'],
    [String.raw`\(\text{ReLU}(3) \cdot(-3)\)`, 'ReLU(3) · (-3)', 'ReLU(3) * (-3)'],
    [String.raw`\(\log x + \exp(y)\)`, 'log x + exp(y)', 'log x + exp(y)'],
    [String.raw`\(a \\ b\)`, 'a\nb', 'a\nb'],
    [String.raw`\(\binom{n}{k}\)`, 'C(n, k)', 'C(n, k)'],
  ])('%s', (input, u, a) => {
    expect(uni(input)).toBe(u);
    expect(asc(input)).toBe(a);
  });
});

describe('prose around math', () => {
  it.each<Row>([
    ['no math here', 'no math here', 'no math here'],
    [String.raw`a \_ b \% c \& d \$ e \# f`, 'a _ b % c & d $ e # f', 'a _ b % c & d $ e # f'],
    ['a mini-batch --- a small subset', 'a mini-batch — a small subset', 'a mini-batch -- a small subset'],
    ['run it with --ascii', 'run it with --ascii', 'run it with --ascii'],
    [String.raw`one\\two`, 'one\ntwo', 'one\ntwo'],
    [String.raw`see \textbf{this} and \emph{{that}}`, 'see this and {that}', 'see this and {that}'],
    ['a set {1, 2} in prose', 'a set {1, 2} in prose', 'a set {1, 2} in prose'],
    [String.raw`\(x\) and \(y\)`, 'x and y', 'x and y'],
    [String.raw`\(H = z_1^{(3)}\)(linear activation)`, 'H = z₁⁽³⁾ (linear activation)', 'H = z_1^(3) (linear activation)'],
    [String.raw`\(f\)(x)`, 'f(x)', 'f(x)'],
    ['$x^2$ costs $5 or $10', 'x² costs $5 or $10', 'x^2 costs $5 or $10'],
    ['$$a = b$$ ok', 'a = b\nok', 'a = b\nok'],
    [String.raw`before \[ a = b \] after`, 'before\na = b\nafter', 'before\na = b\nafter'],
    [String.raw`unclosed \(x^2`, 'unclosed x²', 'unclosed x^2'],
    ['curly “quotes” — ok', 'curly “quotes” — ok', 'curly "quotes" -- ok'],
  ])('%s', (input, u, a) => {
    expect(uni(input)).toBe(u);
    expect(asc(input)).toBe(a);
  });
});

describe('renderFormula', () => {
  it.each<Row>([
    [String.raw`W_{22}^{(2)} g'(z_2^{(2)}) W_{21}^{(3)}`, "W⁽²⁾₂₂ g'(z₂⁽²⁾) W⁽³⁾₂₁", "W^(2)_22 g'(z_2^(2)) W^(3)_21"],
    [String.raw`\sigma(z)(1 - \sigma(z))`, 'σ(z)(1 - σ(z))', 'sigma(z)(1 - sigma(z))'],
  ])('%s', (input, u, a) => {
    expect(renderFormula(input, { ascii: false }).text).toBe(u);
    expect(renderFormula(input, { ascii: true }).text).toBe(a);
  });
});
