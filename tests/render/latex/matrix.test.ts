import { describe, expect, it } from 'vitest';
import { renderMath } from '../../../src/latex/index.js';

const uni = (s: string): string => renderMath(s, { ascii: false }).text;
const asc = (s: string): string => renderMath(s, { ascii: true }).text;
const lines = (...ls: string[]): string => ls.join('\n');

describe('matrices', () => {
  it.each<[string, string, string]>([
    [
      String.raw`\( W^{(2)} = \begin{pmatrix} 5 & 1 \\ 1 & 2 \end{pmatrix} \)`,
      lines('W⁽²⁾ = ⎛ 5  1 ⎞', '       ⎝ 1  2 ⎠'),
      lines('W^(2) = [ 5  1 ]', '        [ 1  2 ]'),
    ],
    [
      String.raw`\(\begin{bmatrix} 1 & 22 & 3 \\ -4 & 5 & 66 \\ 7 & 8 & 9 \end{bmatrix}\)`,
      lines('⎡  1  22   3 ⎤', '⎢ -4   5  66 ⎥', '⎣  7   8   9 ⎦'),
      lines('[  1  22   3 ]', '[ -4   5  66 ]', '[  7   8   9 ]'),
    ],
    [
      String.raw`\(A = \begin{matrix} 1 & 2 \\ 3 & 4 \\ 5 & 6 \end{matrix}\)`,
      lines('    1  2', 'A = 3  4', '    5  6'),
      lines('    1  2', 'A = 3  4', '    5  6'),
    ],
    [
      String.raw`\(\det \begin{vmatrix} a & b \\ c & d \end{vmatrix}\)`,
      lines('det │ a  b │', '    │ c  d │'),
      lines('det | a  b |', '    | c  d |'),
    ],
    [
      String.raw`\(\left( \begin{matrix} 1 & 2 \\ 3 & 4 \end{matrix} \right)^T\)`,
      lines('⎛ 1  2 ⎞ᵀ', '⎝ 3  4 ⎠'),
      lines('[ 1  2 ]^T', '[ 3  4 ]'),
    ],
    [
      String.raw`\(|x| = \begin{cases} x & x \ge 0 \\ -x & x < 0 \end{cases}\)`,
      lines('|x| = ⎧ x   x ≥ 0', '      ⎩ -x  x < 0'),
      lines('|x| = { x   x >= 0', '      { -x  x < 0'),
    ],
    [
      String.raw`\(\begin{pmatrix} \frac{1}{2} & x_1 \\ \vec x & 0 \\ \end{pmatrix}\)`,
      lines('⎛ 1/2  x₁ ⎞', '⎝   x⃗   0 ⎠'),
      lines('[ 1/2  x_1 ]', '[   x    0 ]'),
    ],
    [String.raw`\(v = \begin{pmatrix} 5 & 1 \end{pmatrix}\)`, 'v = (5, 1)', 'v = (5, 1)'],
    [String.raw`\(x^{\begin{pmatrix} 1 \\ 2 \end{pmatrix}}\)`, 'x^(1; 2)', 'x^(1; 2)'],
    [String.raw`\(\frac{1}{\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}}\)`, '1/[1, 2; 3, 4]', '1/[1, 2; 3, 4]'],
  ])('%s', (input, u, a) => {
    expect(uni(input)).toBe(u);
    expect(asc(input)).toBe(a);
  });

  it('aligns matrices side by side on their first row and keeps punctuation on it', () => {
    const input = String.raw`\( W^{(1)} = \begin{pmatrix} 2 & 1 \\ 3 & 1 \end{pmatrix}, \quad W^{(3)} = \begin{pmatrix} 3 \\ -2 \end{pmatrix} \)`;
    expect(uni(input)).toBe(lines('W⁽¹⁾ = ⎛ 2  1 ⎞,   W⁽³⁾ = ⎛  3 ⎞', '       ⎝ 3  1 ⎠           ⎝ -2 ⎠'));
  });
});

describe('a matrix inside a paragraph', () => {
  const para = String.raw`Let the weights be: \( W = \begin{pmatrix} 5 & 1 \\ 1 & 2 \end{pmatrix} \). In addition, \(x = 1\).`;

  it('breaks the paragraph around the grid, punctuation staying with the matrix', () => {
    expect(uni(para)).toBe(lines('Let the weights be:', 'W = ⎛ 5  1 ⎞.', '    ⎝ 1  2 ⎠', 'In addition, x = 1.'));
    expect(asc(para)).toBe(lines('Let the weights be:', 'W = [ 5  1 ].', '    [ 1  2 ]', 'In addition, x = 1.'));
  });

  it('does not add blank lines where the paragraph already ends', () => {
    const text = 'Weights:\n' + String.raw`\(\begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix}\)` + '\nNext paragraph.';
    expect(uni(text)).toBe(lines('Weights:', '⎡ 1  0 ⎤', '⎣ 0  1 ⎦', 'Next paragraph.'));
  });

  it('puts two grids in a row on lines of their own', () => {
    const m = String.raw`\(\begin{pmatrix} 1 \\ 2 \end{pmatrix}\)`;
    expect(asc(`${m} ${m}`)).toBe(lines('[ 1 ]', '[ 2 ]', '[ 1 ]', '[ 2 ]'));
  });
});
