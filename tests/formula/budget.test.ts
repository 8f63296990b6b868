import { describe, expect, it } from 'vitest';
import { claimHolds, formulaAgreement, type Arch } from '../../src/formula/index.js';
import { drawSize, kinkGroups, POINT_WORK } from '../../src/formula/budget.js';
import { KINK_NEAR, kinkPoints, pointCount, sharedPoints } from '../../src/formula/points.js';
import { claim, formula, NET_2221 } from './fixtures.js';

/*
 * The largest network the format allows, and the 2-64-64-64-64-1 network of
 * issue 19: their points once took seconds to draw and a 4 GB heap. The
 * counts are pinned here; `npm run bench` times them (no clock in tests).
 */
const LARGEST: Arch = { layers: [...Array<number>(16).fill(64), 1], activations: [...Array(15).fill('relu' as const), 'linear'] };
const WIDE: Arch = { layers: [2, 64, 64, 64, 64, 1], activations: ['relu', 'relu', 'relu', 'relu', 'linear'] };

describe('the work budget of a network\'s points', () => {
  it.each([
    ['16 layers of 64', 32, 8, LARGEST],
    ['2-64-64-64-64-1', 32, 9, WIDE],
  ])('%s: %i random points and %i pairs beside the kinks', (_, points, pairs, arch) => {
    expect(pointCount(arch)).toBe(points);
    const groups = kinkGroups(arch);
    expect(groups).toHaveLength(pairs);
    // Every kinked node is in exactly one group.
    const nodes = groups.flat().map(({ layer, node }) => `${layer} ${node}`);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(nodes).toHaveLength(arch.layers.slice(1, -1).reduce((s, n) => s + n, 0));
    // Within the budget, but for the floor of 32 random points and 8 pairs.
    expect((points + 2 * pairs) * drawSize(arch)).toBeLessThanOrEqual(Math.max(POINT_WORK, 48 * drawSize(arch)));
  });

  it('leaves small networks a group per node, as before', () => {
    expect(kinkGroups(NET_2221).map((g) => g.length)).toEqual([1, 1, 1, 1]);
  });

  it('pins every node of a group beside its kink, deep in the largest network too', () => {
    const points = kinkPoints(LARGEST, 1);
    kinkGroups(LARGEST).forEach((group, g) => {
      for (const [side, point] of [[1, points[2 * g]!], [-1, points[2 * g + 1]!]] as const) {
        for (const { layer, node } of group) {
          const z = point.z[layer]![node]!;
          expect(Math.abs(z - side * KINK_NEAR), `layer ${layer + 1} node ${node + 1}`).toBeLessThan(KINK_NEAR / 100);
        }
      }
    });
  });
});

describe('grading on the largest network', () => {
  const f = (text: string) => formula(text, LARGEST);

  it('tells a right formula from a wrong one, and a smoothed kink from the kink', () => {
    expect(formulaAgreement(f("a14_1 g'(z15_2) W16_21"), f("W16_21 a14_1 g'(z15_2)"), LARGEST).agree).toBe(true);
    expect(formulaAgreement(f("a14_1 g'(z15_2) W16_21"), f('a14_1 W16_21'), LARGEST).agree).toBe(false);
    expect(formulaAgreement(f("g'(z15_64)"), f('sigma(1000*z15_64)'), LARGEST).agree).toBe(false);
  });

  it('proves a true claim against the backward pass and refutes a false one', () => {
    expect(claimHolds(claim("dH/dW15_12 = a14_1 g'(z15_2) W16_21", LARGEST), LARGEST).holds).toBe(true);
    expect(claimHolds(claim('dH/dW15_12 = a14_1 W16_21', LARGEST), LARGEST).holds).toBe(false);
  });

  it('draws the points once, then shares them', () => {
    const points = sharedPoints(LARGEST, pointCount(LARGEST), 7);
    expect(points).toHaveLength(48);
    expect(sharedPoints(LARGEST, pointCount(LARGEST), 7)).toBe(points);
  });
});
