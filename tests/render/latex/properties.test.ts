import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderFormula, renderMath, unknownCommands } from '../../../src/latex/index.js';

/** Pieces that make LaTeX go wrong: unbalanced braces, half delimiters, scripts, environments. */
const piece = fc.constantFrom(
  '{', '}', '^', '_', '&', '\\\\', '\\(', '\\)', '\\[', '\\]', '$', '$$', '\\', '\\frac', '\\dfrac', '\\sqrt',
  '\\left(', '\\right)', '\\left', '\\right', '\\begin{pmatrix}', '\\end{pmatrix}', '\\begin{', '\\end',
  '\\vec', '\\text{', '\\operatorname', '\\not', '\\sum', '\\foo', '\\_', '\\{', '\\}', '\\,', '\\quad',
  'x', 'W', '1', ' ', '\n', '(', ')', '[', ']', '-', '=', '·', 'é', '\u20d7', '😀', '---', '%',
);
const latexish = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 60 }).map((ps) => ps.join(''));

function checkResult(r: { text: string; unknown: Array<{ command: string; offset: number }> }, input: string): void {
  expect(typeof r.text).toBe('string');
  for (const u of r.unknown) {
    expect(u.offset).toBeGreaterThanOrEqual(0);
    expect(u.offset).toBeLessThan(input.length);
    expect(input[u.offset]).toBe('\\');
  }
}

describe('unknownCommands (what check uses: parsing without layout)', () => {
  it('finds exactly what rendering reports, text or formula, Unicode or ASCII', () => {
    fc.assert(
      fc.property(fc.oneof(latexish, fc.string({ unit: 'binary' })), fc.boolean(), (input, ascii) => {
        expect(unknownCommands(input)).toEqual(renderMath(input, { ascii }).unknown);
        expect(unknownCommands(input, true)).toEqual(renderFormula(input, { ascii }).unknown);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('renderMath on any input', () => {
  it('never throws, returns a string, and points unknown commands at a backslash', () => {
    fc.assert(
      fc.property(fc.oneof(latexish, fc.string({ unit: 'binary' })), fc.boolean(), (input, ascii) => {
        checkResult(renderMath(input, { ascii }), input);
        checkResult(renderFormula(input, { ascii }), input);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives printable ASCII in ASCII mode', () => {
    fc.assert(
      fc.property(latexish, (input) => {
        expect(renderMath(`\\(${input}\\)`, { ascii: true }).text).toMatch(/^[\x20-\x7e\t\n]*$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps prose without LaTeX as it is', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !/[\\$]|---/.test(s)), (input) => {
        expect(renderMath(input, { ascii: false }).text).toBe(input);
      }),
    );
  });

  it.each([
    ['10k-deep braces', `\\(${'{'.repeat(10_000)}x${'}'.repeat(10_000)}\\)`, 'x'],
    ['10k unclosed braces', `\\(${'{x^'.repeat(10_000)}`, 'x'],
    ['10k nested scripts', `\\(x${'^{y'.repeat(10_000)}${'}'.repeat(10_000)}\\)`, 'y'],
    ['10k nested fractions', `\\(${'\\frac{1}{'.repeat(10_000)}2${'}'.repeat(10_000)}\\)`, '2'],
    ['10k \\vec', `\\(${'\\vec '.repeat(10_000)}x\\)`, 'x'],
    ['10k \\left(', `\\(${'\\left( '.repeat(10_000)}x\\)`, 'x'],
    ['10k matrices', `\\(${'\\begin{pmatrix} '.repeat(10_000)}1\\)`, '1'],
    ['10k \\sqrt[', `\\(${'\\sqrt['.repeat(10_000)}z\\)`, 'z'],
    ['10k \\textbf{ in prose', `${'\\textbf{'.repeat(10_000)}x${'}'.repeat(10_000)}`, 'x'],
    ['100k of plain math', `\\(${'a + b_1 \\cdot '.repeat(8_000)}c\\)`, 'c'],
    ['many dollars', '$a '.repeat(5_000), 'a'],
  ])('handles %s, keeping the text (how fast is bench/\'s job)', (_, input, kept) => {
    for (const ascii of [false, true]) {
      const r = renderMath(input, { ascii });
      expect(r.text).toContain(kept);
    }
  });
});
