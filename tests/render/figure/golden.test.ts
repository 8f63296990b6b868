import { describe, expect, it } from 'vitest';
import { forward } from '../../../src/nn/index.js';
import { renderFigure, type FigureInput } from '../../../src/render/figure/index.js';
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

const cases: [string, FigureInput][] = [
  ['problem-9', withValues(problem9, problem9x, SHOW_ALL)],
  ['problem-8', withValues(problem8, problem8x, SHOW_ALL)],
  ['problem-1-w2-only', problem1],
  ['problem-11-3-4-2-1', problem11],
  ['problem-11-2-5-3-1', problem11b],
  ['problem-3-2-2-1', problem3],
  ['2-5-3-1-everything', withValues(wide2531, [1, 2], { ...SHOW_ALL, weights: [1, 2, 3] })],
  ['8-8-8-8-1-listing', withValues(deep8(), [1, 2, 3, 4, 5, 6, 7, 8], { ...SHOW_ALL, weights: [1, 2, 3, 4] })],
];

describe('seed figures', () => {
  it('uses the forward pass the seed states for problems 9 and 8', () => {
    const f9 = forward(problem9, problem9x);
    expect([f9.z[0], f9.z[1], f9.output]).toEqual([[11, 4], [22, 15], 36]);
    // Problem 8: every hidden unit but one is off and H = -18.
    expect(forward(problem8, problem8x).output).toBe(-18);
  });

  describe.each([
    ['unicode', false],
    ['ascii', true],
  ])('%s', (mode, ascii) => {
    it.each(cases)('%s', async (name, input) => {
      const text = renderFigure(input, { ascii, width: 80 });
      await expect(text).toMatchFileSnapshot(`__golden__/${name}.${mode}.txt`);
    });
  });
});
