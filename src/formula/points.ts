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
 * at random instead (each z keeps the sign it is drawn with, which is
 * uniform over sign vectors) and the count is capped.
 *
 * A kinked activation has no derivative at 0, so |z| < KINK_MARGIN is
 * redrawn there. But a formula can hide a kink of its own that far points
 * never see: sigma(1000 z) is g'(z) of a ReLU except within about 0.01 of
 * 0. So the points formulas are compared at also hold, for every node with
 * a kink, one point just above it and one just below (z = +-KINK_NEAR).
 *
 * The cost of a point is the size of its network (every weight is drawn
 * and multiplied twice), so the whole set is held to POINT_WORK numbers
 * (budget.ts): on the largest network the format allows, 16 layers of 64
 * nodes, that is the floor, 32 random points and 8 pairs beside the kinks,
 * each pair pinning every 8th node of every layer at once. Past about 500
 * patterns the points are random anyway, and a difference that shows in 1
 * pattern of 8 is still missed by 32 of them with probability
 * (7/8)^32 = 1.4%.
 * Points come from a seeded generator: same answer every run.
 */
import { seeded } from '../random/prng.js';
import { enumerablePatterns, FORMULA_POINTS, kinkGroups, MAX_FORMULA_POINTS, pointBudget, POINTS_PER_PATTERN, tailArch } from './budget.js';

export { FORMULA_POINTS, MAX_FORMULA_POINTS, POINTS_PER_PATTERN, tailArch } from './budget.js';
import { drawPoint, KINK_NEAR, pinKey, Slab } from './draw-point.js';
import type { Point } from './evaluate.js';
import type { Arch } from './types.js';

export { KINK_MARGIN, KINK_NEAR } from './draw-point.js';
export const FORMULA_SEED = 20240607;

/** How many points formulas on `arch` (drawn from layer `start`) are compared at, by the rule above (the points beside kinks come on top). */
export function pointCount(arch: Arch, start = 0): number {
  const tail = tailArch(arch, start);
  const patterns = enumerablePatterns(tail);
  if (patterns) return Math.max(FORMULA_POINTS, POINTS_PER_PATTERN * patterns.length);
  return Math.max(FORMULA_POINTS, Math.min(MAX_FORMULA_POINTS, pointBudget(tail) - 2 * kinkGroups(tail).length));
}

/** `count` points for `arch` (drawn from layer `start`), cycling through its patterns; the same seed gives the same points. */
export function samplePoints(arch: Arch, count: number, seed: number, start = 0): Point[] {
  const random = seeded(seed);
  const tail = tailArch(arch, start);
  const patterns = enumerablePatterns(tail);
  const slab = new Slab(tail, count);
  const out: Point[] = [];
  for (let k = 0; k < count; k += 1) out.push(drawPoint(arch, start, patterns?.[k % patterns.length], random, slab));
  return out;
}

/**
 * The points for (arch, count, seed), drawn once and then reused: a drill
 * grades one problem again and again, and `check` proves several claims on
 * one network. Drawing is deterministic, so the memo changes no answer. The
 * arrays are shared: callers read them only. The memo is bounded by the
 * numbers it holds as well as by entries, since one large network's points
 * are tens of megabytes.
 */
const memo = new Map<string, { points: readonly Point[]; size: number }>();
const MEMO_SIZE = 16;
const MEMO_NUMBERS = 16_000_000;

export function sharedPoints(arch: Arch, count: number, seed: number, start = 0): readonly Point[] {
  const key = JSON.stringify([arch.layers, arch.activations, arch.biases === true, arch.loss ?? null, count, seed, start]);
  const hit = memo.get(key);
  if (hit) return hit.points;
  const points = [...samplePoints(arch, count, seed, start), ...kinkPoints(arch, seed, start)];
  const size = points.length * pointSize(tailArch(arch, start));
  const held = () => [...memo.values()].reduce((sum, e) => sum + e.size, 0);
  while (memo.size > 0 && (memo.size >= MEMO_SIZE || held() + size > MEMO_NUMBERS)) memo.delete(memo.keys().next().value ?? '');
  memo.set(key, { points, size });
  return points;
}

/** The numbers one point holds: its weights, biases and per-node values. */
function pointSize(arch: Arch): number {
  return arch.layers.slice(1).reduce((sum, n, k) => sum + ((arch.layers[k] ?? 0) + 6) * n, arch.layers[0] ?? 0);
}

/**
 * Two points per group of nodes with a kink: every node of the group with
 * its z just above 0, then just below; the rest drawn as usual. On a
 * network of up to MAX_KINK_GROUPS such nodes each node is its own group.
 */
export function kinkPoints(arch: Arch, seed: number, start = 0): Point[] {
  const random = seeded(seed ^ 0x5bd1e995);
  const out: Point[] = [];
  const tail = tailArch(arch, start);
  const groups = kinkGroups(tail);
  const slab = new Slab(tail, 2 * groups.length);
  for (const group of groups) {
    for (const z of [KINK_NEAR, -KINK_NEAR]) {
      const pins = new Map(group.map(({ layer, node }) => [pinKey(layer, node), z]));
      out.push(drawPoint(arch, start, undefined, random, slab, pins));
    }
  }
  return out;
}
