import { describe, expect, it } from 'vitest';
import { activate, FlatTrace, forward } from '../../src/nn/index.js';
import {
  FORMULA_POINTS,
  FORMULA_SEED,
  KINK_MARGIN,
  MAX_FORMULA_POINTS,
  POINTS_PER_PATTERN,
  pointCount,
  samplePoints,
  type Arch,
} from '../../src/formula/index.js';
import { activationPatterns } from '../../src/formula/patterns.js';
import { KINK_NEAR, kinkPoints, sharedPoints } from '../../src/formula/points.js';
import { BIASED_2221, NET_221, NET_2221, SIGMOID_2221 } from './fixtures.js';

const signs = (zs: readonly number[][], arch: Arch): string =>
  zs.map((z, k) => (arch.activations[k] === 'relu' ? z.map((v) => (v > 0 ? '1' : '0')).join('') : '-')).join('|');

describe('how many points', () => {
  it.each([
    ['2-2-1 ReLU', NET_221, 4, 32],
    ['2-2-2-1 ReLU', NET_2221, 12, 32],
    ['2-2-2-1 ReLU with biases', BIASED_2221, 16, 32],
    ['2-2-2-1 sigmoid', SIGMOID_2221, 1, 32],
    ['2-5-3-1 ReLU', { layers: [2, 5, 3, 1], activations: ['relu', 'relu', 'linear'] } as Arch, 248, 496],
    ['2-4-4-1 ReLU with biases', { layers: [2, 4, 4, 1], activations: ['relu', 'relu', 'linear'], biases: true } as Arch, 256, 512],
  ])('%s: %i patterns, %i points', (_, arch, patterns, points) => {
    expect(activationPatterns(arch, 10_000)?.length).toBe(patterns);
    expect(pointCount(arch)).toBe(points);
  });

  it('gives up on listing exactly when the patterns outnumber the limit, with or without walking them', () => {
    // Small networks of every kind the walk distinguishes: dead layers, biases, sigmoids, steps.
    const archs: Arch[] = [NET_221, NET_2221, BIASED_2221, SIGMOID_2221];
    for (const widths of [[2, 3, 1], [1, 2, 2, 1], [2, 1, 3, 1], [2, 3, 2, 1]])
      for (const g of ['relu', 'sigmoid', 'step', 'leaky-relu'] as const)
        for (const biases of [false, true]) archs.push({ layers: widths, activations: [...widths.slice(2).map(() => g), 'linear'], biases });
    for (const arch of archs) {
      const all = activationPatterns(arch, Number.POSITIVE_INFINITY)!.length;
      for (const limit of [1, all - 1, all, all + 1, 2 * all]) {
        if (limit < 1) continue;
        expect(activationPatterns(arch, limit)?.length, `${JSON.stringify(arch)}, limit ${limit}`).toBe(all <= limit ? all : undefined);
      }
    }
  });

  it('caps the count past MAX_FORMULA_POINTS / POINTS_PER_PATTERN patterns', () => {
    const wide: Arch = { layers: [3, 6, 6, 1], activations: ['relu', 'relu', 'relu'] };
    expect(activationPatterns(wide, MAX_FORMULA_POINTS / POINTS_PER_PATTERN)).toBeUndefined();
    expect(pointCount(wide)).toBe(MAX_FORMULA_POINTS);
    const points = samplePoints(wide, 64, FORMULA_SEED).map((p) => p.toTrace());
    expect(points).toHaveLength(64);
    for (const { fwd } of points) expect(fwd.z.flat().every((z) => Math.abs(z) >= KINK_MARGIN)).toBe(true);
  });
});

describe('the points', () => {
  it('visit every ReLU pattern at least POINTS_PER_PATTERN times', () => {
    for (const arch of [NET_221, NET_2221, BIASED_2221]) {
      const seen = new Map<string, number>();
      for (const { fwd } of samplePoints(arch, pointCount(arch), FORMULA_SEED).map((p) => p.toTrace())) {
        const key = signs(fwd.z, arch);
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      expect(seen.size).toBe(activationPatterns(arch, 10_000)?.length);
      expect(Math.min(...seen.values())).toBeGreaterThanOrEqual(POINTS_PER_PATTERN);
    }
  });

  it('keep every z at a ReLU node away from the kink, except where a dead layer fixes it', () => {
    for (const { net, fwd } of samplePoints(NET_2221, 200, 7).map((p) => p.toTrace())) {
      fwd.z.forEach((z, k) => {
        if (net.activations[k] !== 'relu') return;
        for (const v of z) expect(Math.abs(v)).toBeGreaterThanOrEqual(KINK_MARGIN);
      });
    }
  });

  it('are a real forward pass of a network with weights in [0.5, 2] in size, and reproducible', () => {
    const points = samplePoints(BIASED_2221, 40, FORMULA_SEED);
    expect(samplePoints(BIASED_2221, 40, FORMULA_SEED)).toEqual(points);
    expect(samplePoints(BIASED_2221, 40, FORMULA_SEED + 1)).not.toEqual(points);
    for (const { net, fwd } of points.map((p) => p.toTrace())) {
      expect(forward(net, fwd.x)).toEqual(fwd);
      for (const w of [...net.weights.flat(2), ...(net.biases ?? []).flat(), ...fwd.x]) {
        expect(Math.abs(w)).toBeGreaterThanOrEqual(0.5);
        expect(Math.abs(w)).toBeLessThanOrEqual(2);
      }
      const z1 = fwd.z[0] ?? [];
      expect(fwd.a[0]).toEqual(z1.map((z) => activate('relu', z)));
    }
  });

  it('a smooth network gets FORMULA_POINTS points with both signs of every z', () => {
    const points = samplePoints(SIGMOID_2221, pointCount(SIGMOID_2221), FORMULA_SEED).map((p) => p.toTrace());
    expect(points).toHaveLength(FORMULA_POINTS);
    for (const j of [0, 1]) {
      expect(points.some((p) => (p.fwd.z[0]?.[j] ?? 0) > 0)).toBe(true);
      expect(points.some((p) => (p.fwd.z[0]?.[j] ?? 0) < 0)).toBe(true);
    }
  });

  it('are drawn once per network and seed, then shared', () => {
    const first = sharedPoints(NET_2221, 32, FORMULA_SEED);
    expect(sharedPoints(NET_2221, 32, FORMULA_SEED)).toBe(first);
    expect(first).toEqual([...samplePoints(NET_2221, 32, FORMULA_SEED), ...kinkPoints(NET_2221, FORMULA_SEED)]);
    expect(sharedPoints(NET_2221, 32, FORMULA_SEED + 1)).not.toBe(first);
  });
});

describe('points beside the kinks', () => {
  it.each([
    ['2-2-2-1 ReLU', NET_2221],
    ['2-2-2-1 ReLU with biases', BIASED_2221],
  ])('%s: for every ReLU node, one point with z just above 0 and one just below', (_, arch) => {
    const points = kinkPoints(arch, FORMULA_SEED).map((p) => p.toTrace());
    expect(points).toHaveLength(8);
    points.forEach(({ fwd }, k) => {
      const node = Math.floor(k / 2);
      const z = fwd.z[Math.floor(node / 2)]![node % 2]!;
      expect(z).toBeCloseTo(k % 2 === 0 ? KINK_NEAR : -KINK_NEAR, 12);
    });
  });

  it('a smooth network has none', () => {
    expect(kinkPoints(SIGMOID_2221, FORMULA_SEED)).toEqual([]);
  });
});

describe("a point's forward pass is the evaluator's own", () => {
  /** Every value of `p` against FlatTrace's own pass over the same weights, biases and input, to the bit (the sign of a zero too). */
  const same = (p: FlatTrace): void => {
    const zStart = p.start > 0 ? p.z[p.start - 1] : undefined;
    const again = new FlatTrace(p.net, p.x, p.start, zStart, p.y);
    expect(again.z.length).toBe(p.z.length);
    again.z.forEach((z, k) => {
      expect([...z].map((v, j) => Object.is(v, p.z[k]![j]))).not.toContain(false);
      expect([...again.a[k]!].map((v, j) => Object.is(v, p.a[k]![j]))).not.toContain(false);
    });
    expect(Object.is(again.output, p.output)).toBe(true);
  };
  const archs: [string, Arch, number][] = [
    ['2-2-2-1 ReLU', NET_2221, 0],
    ['2-2-2-1 ReLU with biases', BIASED_2221, 0],
    ['2-2-2-1 sigmoid', SIGMOID_2221, 0],
    ['3-6-6-1 leaky ReLU and tanh, biases, a loss', { layers: [3, 6, 6, 1], activations: ['leaky-relu', 'tanh', 'sigmoid'], biases: true, loss: 'binary-cross-entropy' }, 0],
    ['2-3-3-3-1 step and ReLU', { layers: [2, 3, 3, 3, 1], activations: ['step', 'relu', 'relu', 'linear'] }, 0],
    ['2-8-8-8-1 ReLU from layer 2', { layers: [2, 8, 8, 8, 1], activations: ['relu', 'relu', 'relu', 'linear'] }, 2],
    ['2-8-8-8-1 ReLU with biases from layer 1', { layers: [2, 8, 8, 8, 1], activations: ['relu', 'relu', 'relu', 'linear'], biases: true }, 1],
  ];
  it.each(archs)('%s: random points and the points beside the kinks', (_, arch, start) => {
    const points = [...samplePoints(arch, 64, 11, start), ...kinkPoints(arch, 11, start)];
    expect(points.length).toBeGreaterThanOrEqual(64);
    points.forEach(same);
  });
});

describe('points past the patterns one can list (signs as drawn)', () => {
  const EXAM: Arch = { layers: [3, 6, 6, 1], activations: ['relu', 'relu', 'linear'] };
  const points = samplePoints(EXAM, pointCount(EXAM), FORMULA_SEED);
  const layerPattern = (z: Float64Array): string => [...z].map((v) => (v > 0 ? '1' : '0')).join('');

  it('are as many as the cap, since 3-6-6-1 has too many patterns to list', () => {
    expect(activationPatterns(EXAM, MAX_FORMULA_POINTS / POINTS_PER_PATTERN)).toBeUndefined();
    expect(points).toHaveLength(MAX_FORMULA_POINTS);
  });

  it('visit every pattern of a layer but the one no point can be in', () => {
    const first = new Set(points.map((p) => layerPattern(p.z[0]!)));
    // Layer 1 all off would put layer 2 at z = 0, its kink: it is drawn again.
    expect(first.has('000000')).toBe(false);
    expect(first.size).toBe(63);
    // Layer 2 all off leaves only the linear output at 0: a pattern like any other.
    const second = new Set(points.map((p) => layerPattern(p.z[1]!)));
    expect(second.size).toBe(64);
  });

  it('turn each node on about half the time', () => {
    for (const layer of [0, 1]) {
      for (let j = 0; j < 6; j++) {
        const on = points.filter((p) => p.z[layer]![j]! > 0).length;
        // Binomial(1024, 1/2) (a little more for layer 1, never all off): 4 standard deviations is 64.
        expect(Math.abs(on - 512)).toBeLessThan(64 + (layer === 0 ? 8 : 0));
      }
    }
  });
});
