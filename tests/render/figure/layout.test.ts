import { describe, expect, it } from 'vitest';
import { renderFigure, type FigureInput } from '../../../src/render/figure/index.js';
import { displayCells, readGrid } from './read-figure.js';
import {
  SHOW_ALL,
  deep8,
  problem1,
  problem11,
  problem11b,
  problem3,
  problem8,
  problem8x,
  problem9,
  problem9x,
  wide2531,
  withValues,
} from './seed-networks.js';

const WIDTH = 80;
const ALL_LAYERS = { ...SHOW_ALL, weights: [1, 2, 3, 4] };

const seedFigures: [string, FigureInput][] = [
  ['problem 9', withValues(problem9, problem9x, SHOW_ALL)],
  ['problem 8', withValues(problem8, problem8x, SHOW_ALL)],
  ['problem 1 (W2 only)', problem1],
  ['problem 11, 3-4-2-1', problem11],
  ['problem 11, 2-5-3-1', problem11b],
  ['problem 3, 2-2-1', problem3],
  ['2-5-3-1 with values', withValues(wide2531, [1, 2], SHOW_ALL)],
  ['2-5-3-1 values only', withValues(wide2531, [1, 2], { ...SHOW_ALL, weights: [], biases: false })],
  ['8-8-8-8-1 with values', withValues(deep8(), [1, 2, 3, 4, 5, 6, 7, 8], ALL_LAYERS)],
];
const modes = [false, true].flatMap((ascii) => seedFigures.map(([name, input]) => [name, ascii, input] as const));

/** A Unicode drawing has rounded node boxes; the fallback listing has none. */
const isDrawing = (text: string): boolean => text.includes('╭') && text.includes('╯');

describe('figure layout', () => {
  it.each(modes)('%s (ascii: %s) fits in 80 columns', (_, ascii, input) => {
    for (const line of renderFigure(input, { ascii, width: WIDTH }).split('\n')) {
      expect(displayCells(line).length, line).toBeLessThanOrEqual(WIDTH);
    }
  });

  it.each(seedFigures)('%s in ASCII mode is printable ASCII only', (_, input) => {
    expect(renderFigure(input, { ascii: true, width: WIDTH })).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it.each(seedFigures.slice(0, 8))('draws %s as a picture', (_, input) => {
    expect(isDrawing(renderFigure(input, { ascii: false, width: WIDTH }))).toBe(true);
  });

  it('falls back to one block per layer when the drawing is too wide', () => {
    const text = renderFigure(withValues(deep8(), [1, 2, 3, 4, 5, 6, 7, 8], ALL_LAYERS), { ascii: false, width: WIDTH });
    expect(isDrawing(text)).toBe(false);
    expect(text.split('\n').filter((l) => /^(input|layer \d|output)\b/.test(l))).toEqual([
      'input · 8 nodes',
      'layer 1 · ReLU · 8 nodes',
      'layer 2 · ReLU · 8 nodes',
      'layer 3 · ReLU · 8 nodes',
      'output · linear · 1 node',
    ]);
    expect(readGrid(text, 'W⁽⁴⁾', 'from 8', 'to H')).toEqual([String(deep8().weights[3]?.[7]?.[0])]);
  });

  it.each([[[]], [[3]], [[2, 0, 1]]])('does not throw on the degenerate shape %j', (layers) => {
    const text = renderFigure({ layers, reveal: SHOW_ALL }, { ascii: true, width: WIDTH });
    expect(text.endsWith('\n')).toBe(true);
  });

  it('is deterministic', () => {
    const input = withValues(problem9, problem9x, SHOW_ALL);
    expect(renderFigure(input, { ascii: false, width: WIDTH })).toBe(renderFigure(input, { ascii: false, width: WIDTH }));
  });
});

describe('problem 9 reads back', () => {
  const input = withValues(problem9, problem9x, SHOW_ALL);
  const entries = problem9.weights.flatMap((w, k) =>
    w.flatMap((row, i) => row.map((v, j) => [k + 1, i + 1, j + 1, v] as const)),
  );

  it.each(entries)('W(%i)_%i%i = %i, in ASCII', (l, i, j, v) => {
    const text = renderFigure(input, { ascii: true, width: WIDTH });
    const from = l === 1 ? `x${i}` : String(i);
    const to = l === 3 ? 'H' : String(j);
    expect(readGrid(text, `W(${l})`, `from ${from}`, `to ${to}`)).toEqual([String(v)]);
  });

  it.each(entries)('W⁽%i⁾_%i%i = %i, in Unicode', (l, i, j, v) => {
    const text = renderFigure(input, { ascii: false, width: WIDTH });
    const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹'[l] ?? '';
    const from = l === 1 ? `x${'₀₁₂₃₄₅₆₇₈₉'[i] ?? ''}` : String(i);
    const to = l === 3 ? 'H' : String(j);
    expect(readGrid(text, `W⁽${sup}⁾`, `from ${from}`, `to ${to}`)).toEqual([String(v)]);
  });

  it('shows every node with its z and a, and H', () => {
    const text = renderFigure(input, { ascii: true, width: WIDTH });
    expect(text).toMatch(/\| x1 = 1 \|/);
    expect(text).toMatch(/\| x2 = 3 \|/);
    for (const [label, z] of [['1', 11], ['2', 4], ['1', 22], ['2', 15], ['H', 36]] as const) {
      expect(text).toMatch(new RegExp(`\\| ${label}  z=${z} +a=${z} +\\|`));
    }
  });
});
