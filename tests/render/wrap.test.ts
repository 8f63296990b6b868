import { describe, expect, it } from 'vitest';
import { FORMULA_HELP } from '../../src/formula/index.js';
import { acceptedFormats } from '../../src/grade/index.js';
import { wrap } from '../../src/render/style.js';

const width = (line: string): number => [...line].length;

describe('wrap', () => {
  it('keeps a line that fits as it is, spaces and all', () => {
    expect(wrap('  zl_j      input of node j        z2_1  z_1^{(2)}', 80)).toBe('  zl_j      input of node j        z2_1  z_1^{(2)}');
  });

  it('wraps prose at the width, under its own indentation', () => {
    const text = '  The quick brown fox jumps over the lazy dog and keeps on running far away.';
    expect(wrap(text, 30)).toBe('  The quick brown fox jumps\n  over the lazy dog and keeps\n  on running far away.');
    // Two spaces inside a sentence make no table row: only a short label at the start does.
    expect(wrap('Some words.  More words that run on past the edge here.', 30)).toBe('Some words. More words that\nrun on past the edge here.');
  });

  it('wraps a table row under its text, a column to a line, the label in its place', () => {
    const row = '  bl_j      bias of node j of layer l         b2_1  b_1^{(2)}  (with biases)';
    expect(wrap(row, 44)).toBe(['  bl_j      bias of node j of layer l', '            b2_1  b_1^{(2)}  (with biases)'].join('\n'));
    expect(wrap(row, 30)).toBe(['  bl_j      bias of node j of', '            layer l', '            b2_1 b_1^{(2)}', '            (with biases)'].join('\n'));
  });
});

describe("the formula `?` help", () => {
  it('fits 80 columns as written (78, for the prompt\'s "> " before its first line)', () => {
    for (const line of FORMULA_HELP.split('\n')) expect(width(line), line).toBeLessThanOrEqual(78);
  });

  it('fits every drill width from 40 to 80, with every row\'s label at the start of a line', () => {
    const arch = { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'] as ('relu' | 'linear')[] };
    const help = acceptedFormats({ kind: 'expression', answer: 'x_1', arch });
    for (let w = 40; w <= 80; w += 4) {
      const lines = wrap(help, w).split('\n');
      for (const line of lines) expect(width(line), `${w}: ${line}`).toBeLessThanOrEqual(w);
      for (const label of ['Wl_ij', 'zl_j', 'bl_j', 'deltal_j', "g'(zl_j)", 'sigma(u)']) expect(lines.some((l) => l.startsWith(`  ${label}  `))).toBe(true);
    }
  });
});
