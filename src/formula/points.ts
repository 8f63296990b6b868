/**
 * The random points formulas are compared at. How many, and why:
 *
 * Within one ReLU on/off pattern (patterns.ts) both formulas are
 * polynomials (rational functions with "/", analytic with sigma) in the
 * weights, biases and inputs. Two different ones agree only on a set of
 * measure zero, so a single random point in a pattern tells them apart
 * unless rounding hides the difference, which the tolerance (1e-9
 * relative) and magnitudes kept in [0.5, 2] make negligible. What random
 * points do miss is a pattern: a difference that lives only where, say,
 * all four hidden nodes of a 2-2-2-1 ReLU net are on shows at 1 point in
 * 16, so WeBWorK's 5 points miss it with probability (15/16)^5 = 72%, and
 * even 64 independent points miss it 1.6% of the time. So instead of
 * hoping, every pattern is visited by construction: each point is assigned
 * a pattern in turn, and z's sign is set by negating its weight column
 * (and bias), which keeps the draw otherwise random. Each pattern gets at
 * least POINTS_PER_PATTERN points and the set at least FORMULA_POINTS, so
 * smooth networks (one "pattern") also get 32 points. 2-2-2-1 ReLU without
 * biases has 12 drawable patterns (a dead first layer puts layer 2 on its
 * kink), so 32 points; 2-5-3-1 has 248, so 496. Past
 * MAX_FORMULA_POINTS / POINTS_PER_PATTERN patterns the patterns are drawn
 * at random instead (uniform over sign vectors) and the count is capped.
 *
 * A kinked activation has no derivative at 0, so |z| < KINK_MARGIN is
 * redrawn there. But a formula can hide a kink of its own that far points
 * never see: sigma(1000 z) is g'(z) of a ReLU except within about 0.01 of
 * 0. So the points formulas are compared at also hold, for every node with
 * a kink, one point just above it and one just below (z = +-KINK_NEAR).
 * Points come from a seeded generator: same answer every run.
 */
import { activate, trace, type Network } from '../nn/index.js';
import { seeded, type Random } from '../random/prng.js';
import type { Point } from './evaluate.js';
import { activationPatterns, isKinked, randomPattern, type Pattern } from './patterns.js';
import type { Arch } from './types.js';

export const FORMULA_POINTS = 32;
export const POINTS_PER_PATTERN = 2;
export const MAX_FORMULA_POINTS = 1024;
export const KINK_MARGIN = 0.05;
/** How close to a kink the points beside it are: far below any smoothing an answer could write. */
export const KINK_NEAR = 1e-7;
export const FORMULA_SEED = 20240607;

/** How many points formulas on `arch` are compared at, by the rule above. */
export function pointCount(arch: Arch): number {
  const patterns = activationPatterns(arch, MAX_FORMULA_POINTS / POINTS_PER_PATTERN);
  if (!patterns) return MAX_FORMULA_POINTS;
  return Math.max(FORMULA_POINTS, POINTS_PER_PATTERN * patterns.length);
}

/** `count` points for `arch`, cycling through its patterns; the same seed gives the same points. */
export function samplePoints(arch: Arch, count: number, seed: number): Point[] {
  const random = seeded(seed);
  const patterns = activationPatterns(arch, MAX_FORMULA_POINTS / POINTS_PER_PATTERN);
  return Array.from({ length: count }, (_, k) => {
    const pattern = patterns?.[k % patterns.length] ?? randomPattern(arch, random);
    return drawPoint(arch, pattern, random);
  });
}

/**
 * The points for (arch, count, seed), drawn once and then reused: a drill
 * grades one problem again and again, and `check` proves several claims on
 * one network. Drawing is deterministic, so the memo changes no answer. The
 * arrays are shared: callers read them only.
 */
const memo = new Map<string, readonly Point[]>();
const MEMO_SIZE = 16;

export function sharedPoints(arch: Arch, count: number, seed: number): readonly Point[] {
  const key = JSON.stringify([arch.layers, arch.activations, arch.biases === true, count, seed]);
  const hit = memo.get(key);
  if (hit) return hit;
  const points = [...samplePoints(arch, count, seed), ...kinkPoints(arch, seed)];
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value ?? '');
  memo.set(key, points);
  return points;
}

/** Two points per node with a kink: its z just above 0 and just below; the rest drawn as usual. */
export function kinkPoints(arch: Arch, seed: number): Point[] {
  const random = seeded(seed ^ 0x5bd1e995);
  const out: Point[] = [];
  arch.activations.forEach((g, k) => {
    if (!isKinked(g)) return;
    for (let node = 0; node < (arch.layers[k + 1] ?? 0); node += 1) {
      for (const z of [KINK_NEAR, -KINK_NEAR]) out.push(drawPoint(arch, randomPattern(arch, random), random, { layer: k, node, z }));
    }
  });
  return out;
}

/** A magnitude in [0.5, 2] with a random sign: no weight so small that it hides a term. */
function entry(random: Random): number {
  const size = 0.5 + 1.5 * random();
  return random() < 0.5 ? -size : size;
}

/** A node (layer index k, 0-based node) whose z is set to a value, by moving one of its weights. */
interface Pin {
  layer: number;
  node: number;
  z: number;
}

function drawPoint(arch: Arch, pattern: Pattern, random: Random, pin?: Pin): Point {
  const x = filled(arch.layers[0] ?? 0, () => entry(random));
  const weights: number[][][] = [];
  const biases: number[][] = [];
  let before = x;
  arch.activations.forEach((g, k) => {
    const width = arch.layers[k + 1] ?? 0;
    const w = filled(arch.layers[k] ?? 0, () => filled(width, () => entry(random)));
    const b = filled(width, () => (arch.biases === true ? entry(random) : 0));
    const z = (j: number): number => {
      let s = b[j] ?? 0;
      for (let i = 0; i < before.length; i += 1) s += (before[i] ?? 0) * (w[i]?.[j] ?? 0);
      return s;
    };
    const after: number[] = [];
    for (let j = 0; j < width; j += 1) {
      let zj = z(j);
      if (isKinked(g)) {
        for (let tries = 0; tries < 100 && Math.abs(zj) < KINK_MARGIN; tries += 1) {
          for (const row of w) row[j] = entry(random);
          if (arch.biases === true) b[j] = entry(random);
          zj = z(j);
        }
        const target = pattern[k]?.[j];
        if (target !== undefined && zj > 0 !== target) {
          for (const row of w) row[j] = -(row[j] ?? 0);
          b[j] = -(b[j] ?? 0);
          zj = -zj;
        }
      }
      if (pin?.layer === k && pin.node === j) zj = pinned(w, b, before, j, pin.z, arch.biases === true) ?? zj;
      after.push(activate(g, zj));
    }
    weights.push(w);
    biases.push(b);
    before = after;
  });
  const net: Network = { layers: [...arch.layers], activations: [...arch.activations], weights };
  if (arch.biases === true) net.biases = biases;
  // Every symbol is read from the evaluator's own trace, not from the sums above.
  return trace(net, x);
}

/** Moves the bias (or the weight on the largest input) so z_j is `target`; undefined when no input reaches it. */
function pinned(w: number[][], b: number[], before: readonly number[], j: number, target: number, biased: boolean): number | undefined {
  const z = () => before.reduce((s, v, i) => s + v * (w[i]?.[j] ?? 0), b[j] ?? 0);
  if (biased) b[j] = (b[j] ?? 0) + target - z();
  else {
    let i = 0;
    for (let k = 1; k < before.length; k += 1) if (Math.abs(before[k] ?? 0) > Math.abs(before[i] ?? 0)) i = k;
    const row = w[i];
    const v = before[i] ?? 0;
    if (!row || v === 0) return undefined;
    row[j] = (row[j] ?? 0) + (target - z()) / v;
  }
  return z();
}

function filled<T>(n: number, make: () => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i += 1) out.push(make());
  return out;
}
