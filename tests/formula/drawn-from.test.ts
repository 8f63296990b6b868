/*
 * Points drawn from a hidden layer up (agree.ts `drawnFrom`, points.ts):
 * a formula that names only the top layers of a network is compared on
 * points that draw only those layers, on top of a z drawn as an input is.
 * What must hold: the drawn values obey the network's own relations, the
 * activations fed in are ones the layers below could give, and right and
 * wrong formulas are told apart exactly as on whole points.
 */
import { describe, expect, it } from 'vitest';
import { activate } from '../../src/nn/index.js';
import { drawnFrom, formulaAgreement, formulasAgree, MAX_POINT_DRAW, parseFormula, type Arch } from '../../src/formula/index.js';
import { drawSize, kinkGroups } from '../../src/formula/budget.js';
import { pointCount, sharedPoints, tailArch } from '../../src/formula/points.js';
import { formula, NET_2221 } from './fixtures.js';

const LARGEST: Arch = { layers: [...Array<number>(16).fill(64), 1], activations: [...Array(15).fill('relu' as const), 'linear'] };
const WIDE: Arch = { layers: [2, 64, 64, 64, 64, 1], activations: ['relu', 'relu', 'relu', 'relu', 'linear'] };
const DEEP: Arch = { layers: [2, 2, 2, 2, 1], activations: ['relu', 'relu', 'relu', 'linear'] };
const agree = (a: string, b: string, arch: Arch): boolean => formulasAgree(formula(a, arch), formula(b, arch), arch);

describe('the layer points are drawn from', () => {
  it('is the one below the lowest layer named, and 0 when x or layer 1 is named', () => {
    const from = (arch: Arch, ...texts: string[]) => drawnFrom(arch, texts.map((t) => formula(t, arch)));
    expect(from(LARGEST, "a14_1 g'(z15_2) W16_21", 'a14_1 W16_21')).toBe(13);
    expect(from(LARGEST, 'W16_21', 'H')).toBe(15);
    expect(from(LARGEST, 'H', 'H')).toBe(15);
    expect(from(WIDE, 'W5_21', 'x_1 W5_21')).toBe(0);
    expect(from(WIDE, 'a3_1 + z4_2', 'z4_2')).toBe(2);
    expect(from(NET_2221, "g'(z1_1)", "g'(z1_1)")).toBe(0);
    expect(from(NET_2221, 'W3_11', 'W3_11')).toBe(2);
  });
});

describe('the bound on the layers a formula names', () => {
  it('lets a formula name every layer of a network of up to 13,000 inputs, weights and biases', () => {
    expect(MAX_POINT_DRAW).toBe(13_000);
    expect(drawSize(WIDE)).toBeLessThanOrEqual(MAX_POINT_DRAW);
    expect(parseFormula("x_1 g'(z1_2) W2_21", WIDE).ok).toBe(true);
  });

  it('on 16 layers of 64 nodes, refuses x and layers 1 to 12, saying which layers it may name', () => {
    for (const text of ['x_1', "a12_1 g'(z13_2)", 'W1_11 + H']) {
      const r = parseFormula(text, LARGEST);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(/^(x_1 is in layer 0|a12_1 is in layer 12|W1_11 is in layer 1): on a network this large a formula may name layers 13 and up \(/);
    }
    for (const text of ["a13_1 g'(z14_2)", 'W13_11', 'H', '2']) expect(parseFormula(text, LARGEST).ok).toBe(true);
    // What it may name, it draws within the bound.
    expect(drawSize(tailArch(LARGEST, drawnFrom(LARGEST, [formula('W13_11', LARGEST)])))).toBeLessThanOrEqual(MAX_POINT_DRAW);
  });

  it('on 16 layers of 64 step nodes, where every point draws the whole network, refuses any formula, one naming no layer too, as a format error', () => {
    const STEPS: Arch = { ...LARGEST, activations: [...Array(15).fill('step' as const), 'linear'], symbols: [{ name: 'eta' }] };
    for (const [text, what] of [['W16_11', 'W16_11 is in layer 16'], ['2', 'the formula names no layer'], ['eta', 'the formula names no layer']] as const) {
      const r = parseFormula(text, STEPS);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toBe(
        `${what}, and on this network no formula can be graded at once: its step layers' 0s and 1s are patterns to visit, ` +
          'so every point draws the layers under them, more than 13,000 numbers',
      );
    }
  });
});

describe('a point drawn from a hidden layer', () => {
  const start = 13;
  const points = sharedPoints(LARGEST, pointCount(LARGEST, start), 5, start);

  it('draws only the layers above it, and has no value below', () => {
    for (const p of points) {
      expect(p.start).toBe(start);
      expect(p.net.weights.slice(0, start).every((w) => w.length === 0)).toBe(true);
      expect(p.net.weights.slice(start).map((w) => w.length)).toEqual([64 * 64, 64 * 64, 64]);
      expect(p.value({ kind: 'x', node: 1 })).toBeUndefined();
      expect(p.value({ kind: 'z', layer: 5, node: 1 })).toBeUndefined();
      expect(p.value({ kind: 'W', layer: 13, from: 1, to: 1 })).toBeUndefined();
      // Derivatives need the whole network; formula answers never ask them of a point.
      expect(p.value({ kind: 'd', of: 'H', by: { kind: 'W', layer: 16, from: 1, to: 1 } })).toBeUndefined();
    }
  });

  it('feeds in activations the layers below could give: ReLU of a positive z, every node on', () => {
    for (const p of points) {
      const z = p.z[start - 1]!;
      expect(z).toHaveLength(64);
      expect([...z].every((v) => v >= 0.5 && v <= 2)).toBe(true);
      expect([...p.a[start - 1]!]).toEqual([...z]);
    }
  });

  it('obeys z = W^T a + b and a = g(z) in every layer drawn, recomputed here entry by entry', () => {
    for (const p of points.slice(0, 5)) {
      for (let l = start + 1; l <= 16; l += 1) {
        const rows = LARGEST.layers[l - 1]!;
        const width = LARGEST.layers[l]!;
        for (let j = 1; j <= width; j += 1) {
          let z = 0;
          for (let i = 1; i <= rows; i += 1) z += p.value({ kind: 'W', layer: l, from: i, to: j })! * p.value({ kind: 'a', layer: l - 1, node: i })!;
          const got = p.value({ kind: 'z', layer: l, node: j })!;
          expect(Math.abs(got - z)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(z)));
          expect(p.value({ kind: 'a', layer: l, node: j })).toBe(activate(LARGEST.activations[l - 1]!, got));
        }
      }
      expect(p.output).toBe(p.value({ kind: 'a', layer: 16, node: 1 }));
    }
  });

  it('is cheaper: 3 layers of weights, not 16, for as many points or more', () => {
    expect(pointCount(LARGEST, start)).toBeGreaterThanOrEqual(pointCount(LARGEST));
    // docs/formulas.md's table: 39 random points and 18 pairs beside the kinks.
    expect([pointCount(LARGEST, start), kinkGroups(tailArch(LARGEST, start)).length]).toEqual([39, 18]);
  });
});

describe('right and wrong formulas on points drawn from a hidden layer', () => {
  it('tells them apart on the largest network', () => {
    const f = (t: string) => formula(t, LARGEST);
    expect(formulaAgreement(f("a14_1 g'(z15_2) W16_21"), f("W16_21 a14_1 g'(z15_2)"), LARGEST).agree).toBe(true);
    expect(formulaAgreement(f("a14_1 g'(z15_2) W16_21"), f('a14_1 W16_21'), LARGEST).agree).toBe(false);
    expect(formulaAgreement(f("g'(z15_64)"), f('sigma(1000*z15_64)'), LARGEST).agree).toBe(false);
  });

  it('still visits every on/off pattern of the layers drawn', () => {
    // z3_1 = W3_11 a2_1 + W3_21 a2_2; writing z for a is right only where both layer-2 nodes are on.
    expect(agree('z3_1', 'W3_11 a2_1 + W3_21 a2_2', DEEP)).toBe(true);
    expect(agree('z3_1', 'W3_11 z2_1 + W3_21 z2_2', DEEP)).toBe(false);
    expect(agree('z3_1', "W3_11 g'(z2_1) z2_1 + W3_21 g'(z2_2) z2_2", DEEP)).toBe(true);
  });

  it('accepts what holds on every network of its activations, and only that', () => {
    // After a step layer, a1_1 is 0 or 1, so a1_1^2 = a1_1 and z2_1^2 = z2_1 W2_11 on every such network,
    // while z2_1 = W2_11 a1_1 is W2_11 only where a1_1 is 1. Drawing a1_1 as a fraction (no step network
    // gives one) would mark the first right answer wrong; drawing it always 1 would mark the wrong one right.
    const step: Arch = { layers: [1, 1, 1, 1], activations: ['step', 'linear', 'linear'] };
    const sigmoid: Arch = { layers: [1, 1, 1, 1], activations: ['sigmoid', 'linear', 'linear'] };
    expect(drawnFrom(step, [formula('z2_1^2', step)])).toBe(0);
    expect(drawnFrom(sigmoid, [formula('z2_1^2', sigmoid)])).toBe(1);
    expect(agree('z2_1^2', 'z2_1 W2_11', step)).toBe(true);
    expect(agree('z2_1', 'W2_11', step)).toBe(false);
    expect(agree('z2_1^2', 'z2_1 W2_11', sigmoid)).toBe(false);
  });
});
