import { describe, expect, it } from 'vitest';
import { asciiFold, wantsAscii } from '../../../src/latex/index.js';

describe('asciiFold', () => {
  it.each([
    ['plain text stays', 'plain text stays'],
    ['a mini-batch — a small subset – roughly', 'a mini-batch -- a small subset - roughly'],
    ['“quoted” and ‘single’', `"quoted" and 'single'`],
    ['wait…', 'wait...'],
    ['3 × 4 · 2', '3 x 4 * 2'],
    ['✓ right, ✗ wrong', 'v right, x wrong'],
    ['café naïve', 'cafe naive'],
    ['x⃗ and ŷ', 'x and y'],
    ['a ≠ b ≈ c ≤ d', 'a != b ~= c <= d'],
    ['a =\u0338 b', 'a != b'],
    ['σ(z) and 2π', 'sigma(z) and 2 pi'],
    ['x² and W⁽²⁾₂₂ and e⁻ᶻ', 'x^2 and W^(2)_22 and e^(-z)'],
    ['∂H/∂a₁⁽¹⁾', 'dH/da_1^(1)'],
    ['x → ∞, Σₖ', 'x -> inf, sum_k'],
    ['‖w‖', '||w||'],
    ['no\u00a0break', 'no break'],
    ['漢字', '??'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
  ])('%s', (input, want) => {
    expect(asciiFold(input)).toBe(want);
  });

  it('leaves only printable ASCII, tab and newline', () => {
    const all = Array.from({ length: 0x3000 }, (_, i) => String.fromCodePoint(i)).join('');
    expect(asciiFold(all)).toMatch(/^[\x20-\x7e\t\n]*$/);
  });
});

describe('wantsAscii', () => {
  it.each<[Record<string, string | undefined>, boolean]>([
    [{}, false],
    [{ LANG: 'en_US.UTF-8' }, false],
    [{ LANG: 'C.utf8' }, false],
    [{ LANG: 'de_DE.utf-8' }, false],
    [{ LANG: 'C' }, true],
    [{ LANG: 'POSIX' }, true],
    [{ LANG: 'en_US.ISO-8859-1' }, true],
    [{ LANG: 'en_US' }, true],
    [{ LC_ALL: 'C', LANG: 'en_US.UTF-8' }, true],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'C' }, false],
    [{ LC_CTYPE: 'C', LANG: 'en_US.UTF-8' }, true],
    [{ LC_ALL: '', LC_CTYPE: 'en_US.UTF-8', LANG: 'C' }, false],
    [{ LC_ALL: undefined, LC_CTYPE: '', LANG: '' }, false],
  ])('%j -> %s', (env, want) => {
    expect(wantsAscii(env)).toBe(want);
  });
});
