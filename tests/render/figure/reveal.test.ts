import { describe, expect, it } from 'vitest';
import type { Network } from '../../../src/nn/index.js';
import { renderFigure, type Reveal } from '../../../src/render/figure/index.js';
import { displayCells, readGrid } from './read-figure.js';
import { HIDE_ALL, withValues } from './seed-networks.js';

// Numbers that cannot turn up by accident in labels or layout.
const distinctive: Network = {
  layers: [2, 2, 2, 1],
  activations: ['relu', 'relu', 'linear'],
  weights: [
    [[17, -23], [31, 47]],
    [[5, 1], [1, 2]],
    [[-61], [89]],
  ],
  biases: [[13, -19], [37, 43], [-53]],
};
const x = [71, 83];
const W1 = ['17', '-23', '31', '47'];
const W3 = ['-61', '89'];
const B = ['13', '-19', '37', '43', '-53'];
const X = ['71', '83'];

// Width 40 forces the fallback listing, which must keep the secrets too.
const layouts = [false, true].flatMap((ascii) => [80, 40].map((width) => ({ ascii, width })));

function numbersIn(text: string): string[] {
  return text.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? [];
}

function render(reveal: Reveal, opts: { ascii: boolean; width: number }): string {
  const text = renderFigure(withValues(distinctive, x, reveal), opts);
  for (const line of text.split('\n')) expect(displayCells(line).length, line).toBeLessThanOrEqual(opts.width);
  return text;
}

describe.each(layouts)('reveal (%o)', (opts) => {
  const w2 = opts.ascii ? 'W(2)' : 'W⁽²⁾';

  it('a figure revealing W(2) only prints W(2) and nothing of W(1), W(3), b or x', () => {
    const text = render({ ...HIDE_ALL, weights: [2] }, opts);
    expect(readGrid(text, w2, 'from 1', 'to 1')).toEqual(['5']);
    expect(readGrid(text, w2, 'from 2', 'to 2')).toEqual(['2']);
    for (const hidden of [...W1, ...W3, ...B, ...X]) expect(text).not.toContain(hidden);
    expect(text).not.toMatch(/[za]=/);
  });

  it('the check above can fail: revealing everything prints those numbers', () => {
    const text = render({ weights: [1, 2, 3], values: true, input: true, biases: true }, opts);
    for (const shown of [...W1, ...W3, ...B, ...X]) expect(text).toContain(shown);
  });

  it('biases appear as a bias row only when revealed', () => {
    const text = render({ ...HIDE_ALL, weights: [2], biases: true }, opts);
    expect(readGrid(text, w2, 'bias', 'to 2')).toEqual(['43']);
    expect(readGrid(text, opts.ascii ? 'b(3)' : 'b⁽³⁾', 'bias', 'to H')).toEqual(['-53']);
    for (const hidden of [...W1, ...W3, ...X]) expect(text).not.toContain(hidden);
  });

  it('values without weights print z and a but no weight, bias or input', () => {
    const text = render({ ...HIDE_ALL, values: true }, opts);
    // z^(1)_1 = 17*71 + 31*83 + 13; the values hold digits of their own, so compare whole numbers.
    expect(numbersIn(text)).toContain('3793');
    for (const hidden of [...W1, ...W3, ...B, ...X]) expect(numbersIn(text)).not.toContain(hidden);
  });
});
