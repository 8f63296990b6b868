import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forward, type Network } from '../../../src/nn/index.js';
import { formatNumber } from '../../../src/render/nn-table.js';
import { renderFigure } from '../../../src/render/figure/index.js';
import { displayCells, readGrid } from './read-figure.js';

const value = fc.oneof(
  fc.integer({ min: -999, max: 999 }),
  fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
);

const network = fc
  .array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 })
  .chain((hidden) => {
    const layers = [...hidden, 1];
    const matrices = layers.slice(1).map((n, k) =>
      fc.array(fc.array(value, { minLength: n, maxLength: n }), { minLength: layers[k] ?? 0, maxLength: layers[k] ?? 0 }),
    );
    return fc.record({
      net: fc.record({
        layers: fc.constant(layers),
        activations: fc.constant(layers.slice(1).map(() => 'relu' as const)),
        weights: fc.tuple(...matrices),
        biases: fc.tuple(...layers.slice(1).map((n) => fc.array(value, { minLength: n, maxLength: n }))),
      }),
      x: fc.array(value, { minLength: layers[0] ?? 0, maxLength: layers[0] ?? 0 }),
      reveal: fc.record({
        weights: fc.subarray(layers.slice(1).map((_, k) => k + 1)),
        values: fc.boolean(),
        input: fc.boolean(),
        biases: fc.boolean(),
      }),
      ascii: fc.boolean(),
    });
  });

const sub = (n: number): string => [...String(n)].map((d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)] ?? d).join('');
const sup = (n: number): string => [...String(n)].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)] ?? d).join('');

describe('renderFigure on random networks', () => {
  it('stays within 80 columns, is ASCII in ASCII mode, and every revealed weight reads back', () => {
    fc.assert(
      fc.property(network, ({ net: raw, x, reveal, ascii }) => {
        const net: Network = { ...raw, weights: [...raw.weights], biases: [...raw.biases] };
        const f = forward(net, x);
        const text = renderFigure({ ...net, x, z: f.z, a: f.a, reveal }, { ascii, width: 80 });
        for (const line of text.split('\n')) expect(displayCells(line).length).toBeLessThanOrEqual(80);
        if (ascii) expect(text).toMatch(/^[\x20-\x7e\n]*$/);
        const last = net.layers.length - 1;
        net.weights.forEach((w, k) => {
          const l = k + 1;
          const corner = ascii ? `W(${l})` : `W⁽${sup(l)}⁾`;
          w.forEach((row, i) =>
            row.forEach((v, j) => {
              const from = l === 1 ? (ascii ? `x${i + 1}` : `x${sub(i + 1)}`) : String(i + 1);
              const to = l === last ? 'H' : String(j + 1);
              const read = readGrid(text, corner, `from ${from}`, `to ${to}`);
              expect(read).toEqual(reveal.weights.includes(l) ? [formatNumber(v, 4)] : []);
            }),
          );
        });
      }),
      { numRuns: 150, seed: 20240607 },
    );
  });
});
