import { describe, expect, it } from 'vitest';
import { nnReport } from '../../src/nn/report.js';
import type { Network } from '../../src/nn/types.js';
import { formatNumber, renderNnTable } from '../../src/render/nn-table.js';

const seed9: Network = {
  layers: [2, 2, 2, 1],
  activations: ['relu', 'relu', 'linear'],
  weights: [
    [[2, 1], [3, 1]],
    [[2, 1], [0, 1]],
    [[3], [-2]],
  ],
};

describe('formatNumber', () => {
  it.each([
    [36, '36'],
    [-14, '-14'],
    [-0, '0'],
    [0.5, '0.5'],
    [1 / 3, '0.333333'],
    [-2 / 3, '-0.666667'],
    [123456.7, '123457'],
    [1234567.8, '1.23457e6'],
    [0.000123456789, '0.000123457'],
    [1.5e-7, '1.5e-7'],
    [Number.NaN, 'NaN'],
    [-Infinity, '-Inf'],
  ])('%d -> %s', (v, want) => {
    expect(formatNumber(v)).toBe(want);
  });
});

describe('renderNnTable', () => {
  it('lays out seed problem 9 for checking by hand', () => {
    expect(renderNnTable(nnReport(seed9, [1, 3]), { network: seed9, x: [1, 3] })).toBe(
      [
        'H = 36',
        '',
        'Layer 0 (input)',
        'node  x  dH/dx',
        '1     1      6',
        '2     3     10',
        '',
        'Layer 1 (relu)',
        'node   z   a  dH/dz  dH/da  dH/db',
        '1     11  11      4      4      4',
        '2      4   4     -2     -2     -2',
        '',
        'W(1)    to 1  to 2',
        'from 1     2     1',
        'from 2     3     1',
        '',
        'dH/dW(1)  to 1  to 2',
        'from 1       4    -2',
        'from 2      12    -6',
        '',
        'Layer 2 (relu)',
        'node   z   a  dH/dz  dH/da  dH/db',
        '1     22  22      3      3      3',
        '2     15  15     -2     -2     -2',
        '',
        'W(2)    to 1  to 2',
        'from 1     2     1',
        'from 2     0     1',
        '',
        'dH/dW(2)  to 1  to 2',
        'from 1      33   -22',
        'from 2      12    -8',
        '',
        'Layer 3 (linear)',
        'node   z   a  dH/dz  dH/da  dH/db',
        '1     36  36      1      1      1',
        '',
        'W(3)    to 1',
        'from 1     3',
        'from 2    -2',
        '',
        'dH/dW(3)  to 1',
        'from 1      22',
        'from 2      15',
        '',
      ].join('\n'),
    );
  });

  it('shows only the report when no network is given', () => {
    const text = renderNnTable(nnReport(seed9, [1, 3]));
    expect(text).toContain('dH/dW(2)');
    expect(text).not.toContain('W(2)    ');
    expect(text).not.toContain('(relu)');
  });

  it('keeps every line within 80 columns for 8-node layers of awkward numbers', () => {
    const grid = (rows: number, cols: number, seed: number): number[][] =>
      Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => -Math.sin(seed + 7 * i + j) / 3e3));
    const net: Network = {
      layers: [8, 8, 8, 1],
      activations: ['tanh', 'leaky-relu', 'sigmoid'],
      weights: [grid(8, 8, 1), grid(8, 8, 2), grid(8, 1, 3)],
      biases: [grid(1, 8, 4)[0] ?? [], grid(1, 8, 5)[0] ?? [], [-1e-9]],
    };
    const text = renderNnTable(nnReport(net, [1, -2, 3, -4, 5, -6, 7, -8]), { network: net });
    const lines = text.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    // Every weight column must still appear, even when split into blocks.
    expect(lines.filter((l) => l.startsWith('dH/dW(2)')).join(' ')).toMatch(/to 1.*to 8/);
    expect(text).not.toMatch(/\u001b/);
  });
});
