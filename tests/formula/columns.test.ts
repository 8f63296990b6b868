import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateColumn } from '../../src/formula/columns.js';
import { declaredColumns } from '../../src/formula/declared.js';
import { sharedPoints } from '../../src/formula/points.js';
import { declaredValues, evaluate, type Arch, type Formula } from '../../src/formula/index.js';
import type { FormulaSymbol } from '../../src/formula/types.js';

/** Biases, a loss and declared symbols: every kind of leaf a formula can read. */
const ARCH: Arch = {
  layers: [2, 3, 2, 1],
  activations: ['relu', 'tanh', 'sigmoid'],
  biases: true,
  loss: 'square',
  symbols: [{ name: 'eta', positive: true }, { name: 'lambda' }],
};

const SYMBOLS: FormulaSymbol[] = [
  { kind: 'x', node: 1 },
  { kind: 'x', node: 2 },
  { kind: 'z', layer: 1, node: 3 },
  { kind: 'z', layer: 3, node: 1 },
  { kind: 'a', layer: 0, node: 2 },
  { kind: 'a', layer: 2, node: 2 },
  { kind: 'W', layer: 2, from: 3, to: 2 },
  { kind: 'W', layer: 1, from: 2, to: 1 },
  // Out of range: read as no value, NaN, as the per-point reader does.
  { kind: 'W', layer: 2, from: 4, to: 1 },
  { kind: 'b', layer: 1, node: 2 },
  { kind: 'H' },
  { kind: 'L' },
  { kind: 'y', node: 1 },
  { kind: 'yhat', node: 1 },
  { kind: 'delta', layer: 1, node: 3 },
  { kind: 'delta', layer: 3, node: 1 },
  { kind: 'declared', name: 'eta' },
  { kind: 'declared', name: 'lambda' },
  { kind: 'declared', name: 'undeclared' },
];

const formulaArb: fc.Arbitrary<Formula> = fc.letrec<{ f: Formula }>((tie) => ({
  f: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.double({ noNaN: false }).map((value): Formula => ({ kind: 'number', value })),
    fc.constantFrom(...SYMBOLS).map((symbol): Formula => ({ kind: 'symbol', symbol })),
    fc.record({ prime: fc.boolean(), layer: fc.integer({ min: 1, max: 3 }), node: fc.integer({ min: 1, max: 3 }) }).map(
      ({ prime, layer, node }): Formula => ({ kind: 'activation', prime, z: { layer, node } }),
    ),
    fc.record({ prime: fc.boolean(), arg: tie('f') }).map(({ prime, arg }): Formula => ({ kind: 'sigmoid', prime, arg })),
    tie('f').map((arg): Formula => ({ kind: 'negate', arg })),
    fc.record({ op: fc.constantFrom('+', '-', '*', '/', '^' as const), left: tie('f'), right: tie('f') }).map(
      ({ op, left, right }): Formula => ({ kind: 'binary', op, left, right }),
    ),
    fc.constant<Formula>({ kind: 'blank' }),
  ),
})).f;

describe('evaluateColumn', () => {
  // From the input, and from layer 2 up (x and the layers below are then not drawn).
  for (const start of [0, 2]) {
    const points = sharedPoints(ARCH, 24, 7, start);
    const byPoint = declaredValues(ARCH, points.length, 7);
    const columns = declaredColumns(ARCH, points.length, 7);

    it(`gives evaluate's value and scale at every point, bit for bit (drawn from layer ${start})`, () => {
      fc.assert(
        fc.property(formulaArb, fc.option(formulaArb, { nil: undefined }), (f, blank) => {
          const col = evaluateColumn(f, points, blank, columns);
          expect(col.value).toHaveLength(points.length);
          points.forEach((p, k) => {
            const one = evaluate(f, p, blank, byPoint[k]);
            expect(Object.is(col.value[k], one.value), `value at ${k}: ${col.value[k]} vs ${one.value}`).toBe(true);
            expect(Object.is(col.scale[k], one.scale), `scale at ${k}: ${col.scale[k]} vs ${one.scale}`).toBe(true);
          });
        }),
        { numRuns: 400 },
      );
    });
  }

  it('draws the declared symbols as declaredValues does, by symbol instead of by point', () => {
    const byPoint = declaredValues(ARCH, 50, 3);
    const columns = declaredColumns(ARCH, 50, 3);
    expect(Object.keys(columns)).toEqual(['eta', 'lambda']);
    byPoint.forEach((v, k) => {
      expect(columns.eta![k]).toBe(v.eta);
      expect(columns.lambda![k]).toBe(v.lambda);
    });
    expect(declaredColumns({ layers: [1, 1], activations: ['linear'] }, 5, 3)).toEqual({});
  });
});
