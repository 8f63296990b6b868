import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/bank/model.js';
import { figureData } from '../../../src/export/figure-data.js';
import type { ExportProblem } from '../../../src/export/model.js';
import { networkSvg } from '../../../src/export/svg.js';
import { renderFigure } from '../../../src/render/figure/index.js';
import { problemFigure } from '../../../src/render/problem-figure.js';
import type { NetworkData } from '../../../src/schema/data.js';
import { displayCells, readGrid } from './read-figure.js';
import { HIDE_ALL } from './seed-networks.js';

/*
 * Several output nodes and the to-from layout in the figure: outputs are
 * H₁ ... H_k (H1 ... Hk in ASCII), and a printed weight table names the
 * layout it shows, in the terminal and in the HTML export alike.
 */

// Weights written per destination node (to-from): W(2) row j is output node j.
const network: NetworkData = {
  layers: [2, 3, 2],
  activations: ['relu', 'softmax'],
  layout: 'to-from',
  weights: [
    [[17, -23], [31, 47], [5, 7]],
    [[11, 13, -19], [29, -37, 41]],
  ],
  biases: [[1, 2, 3], [-5, 6]],
  input: [2, -1],
};
const figure = { weights: 'all' as const, values: true, biases: true };
const problem = { network, figure } as unknown as Problem;

describe.each([false, true])('a figure with several outputs (ascii: %s)', (ascii) => {
  const text = problemFigure(problem, { ascii, width: 80 })!;
  const H = (k: number): string => (ascii ? `H${k}` : `H${'₀₁₂'[k]}`);
  const W2 = ascii ? 'W(2)' : 'W⁽²⁾';

  it('labels the outputs H1 ... Hk, in 80 columns', () => {
    const picture = text.split('\n').slice(0, 12).join('\n');
    expect(picture).toContain(`│ ${H(1)}`.replace('│', ascii ? '|' : '│'));
    expect(picture).toContain(H(2));
    expect(text).not.toMatch(/H(?![₀-₉0-9])/);
    for (const line of text.split('\n')) expect(displayCells(line).length, line).toBeLessThanOrEqual(80);
    if (ascii) expect(text).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('prints the weights as the bank wrote them, and says so: to-from', () => {
    expect(text).toContain(`${W2} to-from`);
    expect(text).not.toContain('from-to');
    // Row "to H2", column "from 3" is W(2) row 2, column 3 of the bank.
    expect(readGrid(text, W2, `to ${H(2)}`, 'from 3')).toEqual(['41']);
    expect(readGrid(text, W2, `to ${H(1)}`, 'bias')).toEqual(['-5']);
    // W(1) row 2 is hidden node 2: from x1 is 31.
    expect(readGrid(text, ascii ? 'W(1)' : 'W⁽¹⁾', 'to 2', `from ${ascii ? 'x1' : 'x₁'}`)).toEqual(['31']);
  });

  it('computes the shown values from the weights in their layout', () => {
    // z(1) = W x + b = (34 + 23 + 1, 62 - 47 + 2, 10 - 7 + 3) = (58, 17, 6).
    expect(text).toContain('z=58');
    expect(text).toContain('z=17');
  });
});

describe('a from-to figure says from-to', () => {
  it('in the corner of each weight table', () => {
    const text = renderFigure({ layers: [2, 2, 1], weights: [[[1, 2], [3, 4]], [[5], [6]]], reveal: { ...HIDE_ALL, weights: [2] } }, { ascii: true, width: 80 });
    expect(text).toContain('W(2) from-to');
    expect(readGrid(text, 'W(2)', 'from 2', 'to H')).toEqual(['6']);
  });
});

describe('the HTML export agrees', () => {
  const exported = { id: 'p', code: 'p', file: 'b.yaml', tags: [], prompt: '', network, figure, parts: [] } as unknown as ExportProblem;
  const f = figureData(exported)!;

  it('names the outputs H₁ and H₂ in the SVG network', () => {
    const svg = networkSvg(f, 'u');
    expect(svg).toContain('>H₁</text>');
    expect(svg).toContain('>H₂</text>');
    expect(svg).not.toContain('>H</text>');
  });

  it('keeps the bank\'s layout with the weights, and the values of the converted pass', () => {
    expect(f.layout).toBe('to-from');
    expect(f.weights[1]).toEqual({ layer: 2, matrix: network.weights![1] });
    expect(f.values?.z[0]).toEqual([58, 17, 6]);
  });
});
