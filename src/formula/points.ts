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
import { activateFlat, FlatTrace, layerSums, nodeSum, type Activation, type FlatNetwork, type Loss } from '../nn/index.js';
import { seeded, type Random } from '../random/prng.js';
import { enumerablePatterns, FORMULA_POINTS, kinkGroups, MAX_FORMULA_POINTS, pointBudget, POINTS_PER_PATTERN, tailArch } from './budget.js';

export { FORMULA_POINTS, MAX_FORMULA_POINTS, POINTS_PER_PATTERN, tailArch } from './budget.js';
import type { Point } from './evaluate.js';
import { isKinked, type Pattern } from './patterns.js';
import type { Arch } from './types.js';

export const KINK_MARGIN = 0.05;
/** How close to a kink the points beside it are: far below any smoothing an answer could write. */
export const KINK_NEAR = 1e-7;
export const FORMULA_SEED = 20240607;

const EMPTY = new Float64Array(0);

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
 * The weights of many points in one allocation, handed out a point at a
 * time: a typed array per point (500 KB on the largest network) cost more
 * in allocation, page faults and collection than drawing its numbers.
 */
class Slab {
  private readonly all: Float64Array;
  private next = 0;
  readonly size: number;

  constructor(arch: Arch, points: number) {
    this.size = arch.layers.slice(1).reduce((n, width, k) => n + (arch.layers[k] ?? 0) * width, 0);
    this.all = new Float64Array(this.size * points);
  }

  /** The next point's weights, all of its layers end to end. */
  take(): Float64Array {
    return this.all.subarray(this.next, (this.next += this.size));
  }
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

/**
 * A magnitude in [0.5, 2] with a random sign: no weight so small that it
 * hides a term. One draw gives both (the sign from its first bit, the size
 * from the other 31): drawing is most of the cost of a large network's points.
 */
function entry(random: Random): number {
  const u = 2 * random();
  return u < 1 ? -(0.5 + 1.5 * u) : 0.5 + 1.5 * (u - 1);
}

/**
 * A layer's weights, as `entry` draws them, from a xorshift32 stream that
 * one draw of `random` seeds: drawing the 61,440 weights of the largest
 * network point by point through the seeded generator was most of the time
 * its first formula took. The stream only has to make the weights generic.
 */
function fillEntries(w: Float64Array, random: Random): void {
  let s = Math.floor(random() * 4294967296) | 1;
  for (let i = 0; i < w.length; i += 1) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const u = (s >>> 0) / 2147483648;
    w[i] = u < 1 ? -(0.5 + 1.5 * u) : 0.5 + 1.5 * (u - 1);
  }
}

/**
 * One point: weights drawn layer by layer, each kinked node's z kept off
 * its kink, and the nodes in `pins` (by `pinKey`, layers counted from
 * `start`) moved to the z given. With a `pattern`, each kinked node's z is
 * given the pattern's sign by negating its weight column (and bias).
 * Without one, the signs are the ones drawn: every weight column is drawn
 * symmetric about 0, so each sign is a fair coin apart from the others,
 * and the pattern is as uniform as one drawn first, without a pass over
 * half the weights to negate them. A ReLU layer drawn all off, where that
 * would leave a kinked layer above it at z = 0, is drawn again: that is
 * the one pattern no point can be in. From a `start` > 0 only the layers
 * above it are drawn, on top of a z of layer `start` drawn as an input is
 * (see `drawnFrom`). Each z is summed as the evaluator's forward pass sums
 * it (`layerSums`), and summed again after a change, so the point's trace
 * takes these passes as its own: running the pass again was a third of a
 * first answer's time on the largest networks (tests/formula/points.test.ts
 * checks that the two agree to the bit).
 */
function drawPoint(arch: Arch, start: number, pattern: Pattern | undefined, random: Random, slab: Slab, pins?: ReadonlyMap<number, number>): Point {
  const biased = arch.biases === true;
  const zStart = start > 0 ? hiddenStart(arch, start, random) : undefined;
  const x = new Float64Array(zStart ? 0 : (arch.layers[0] ?? 0));
  for (let i = 0; i < x.length; i += 1) x[i] = entry(random);
  const g0 = arch.activations[start - 1] ?? 'linear';
  const weights: Float64Array[] = [];
  for (let k = 0; k < start; k += 1) weights.push(EMPTY);
  const biases: Float64Array[] = weights.slice();
  const passes: { z: Float64Array[]; a: Float64Array[] } = { z: [], a: [] };
  let before: Float64Array = x;
  if (zStart) {
    before = activateFlat(g0, zStart);
    passes.z.push(zStart);
    passes.a.push(before);
  }
  const all = slab.take();
  let offset = 0;
  // Loops, not forEach and from(): a first answer runs this code before the
  // engine has optimized it, and there each closure call costs (issue 19).
  for (let k = start; k < arch.activations.length; k += 1) {
    const g = arch.activations[k]!;
    const width = arch.layers[k + 1] ?? 0;
    const w = all.subarray(offset, (offset += (arch.layers[k] ?? 0) * width));
    const b = biased ? new Float64Array(width) : undefined;
    const layer: Layer = { w, b, before, width, g, pattern: pattern?.[k - start], pins, at: k - start };
    let z = drawLayer(layer, random);
    const mustLive = !pattern && !biased && g === 'relu' && kinkedAbove(arch, k);
    for (let tries = 0; tries < 100 && mustLive && allOff(z); tries += 1) z = drawLayer(layer, random);
    weights.push(w);
    biases.push(b ?? EMPTY);
    before = activateFlat(g, z);
    passes.z.push(z);
    passes.a.push(before);
  }
  const net: FlatNetwork = { layers: arch.layers, activations: arch.activations, weights };
  if (biased) net.biases = biases;
  if (arch.loss) net.loss = arch.loss;
  const y = arch.loss ? target(arch.loss, random) : undefined;
  return new FlatTrace(net, x, start, zStart, y, passes);
}

/** One layer of a point being drawn: its weights and biases (written), the activations below it, and what its z must be. */
interface Layer {
  w: Float64Array;
  b: Float64Array | undefined;
  before: Float64Array;
  width: number;
  g: Activation;
  /** The sign each kinked node's z must have, when the point visits a given pattern. */
  pattern: readonly boolean[] | undefined;
  pins: ReadonlyMap<number, number> | undefined;
  /** The layer's place, counted from the first drawn. */
  at: number;
}

/** The key of node j (0-based) of drawn layer `at` in a point's pins. */
export function pinKey(at: number, j: number): number {
  return at * 1_000_000 + j;
}

/** Draws a layer's weights (and biases) and returns its z, kept off the kinks, signed and pinned as `layer` says. */
function drawLayer(layer: Layer, random: Random): Float64Array {
  const { w, b, before, width, g, pattern, pins, at } = layer;
  const rows = before.length;
  fillEntries(w, random);
  if (b) for (let j = 0; j < width; j += 1) b[j] = entry(random);
  const z = layerSums(w, b, before, width);
  const kinked = isKinked(g);
  for (let j = 0; j < width; j += 1) {
    if (kinked) {
      for (let tries = 0; tries < 100 && Math.abs(z[j]!) < KINK_MARGIN; tries += 1) {
        for (let i = 0; i < rows; i += 1) w[i * width + j] = entry(random);
        if (b) b[j] = entry(random);
        z[j] = nodeSum(w, b, before, j, width);
      }
      const target = pattern?.[j];
      if (target !== undefined && z[j]! > 0 !== target) {
        for (let i = 0; i < rows; i += 1) w[i * width + j] = -w[i * width + j]!;
        if (b) b[j] = -b[j]!;
        // Every term negated negates the sum exactly, but for the sign of a zero.
        z[j] = z[j] !== 0 ? -z[j]! : nodeSum(w, b, before, j, width);
      }
    }
    const pin = pins?.get(pinKey(at, j));
    if (pin !== undefined) {
      pinned(w, b, before, j, width, pin);
      z[j] = nodeSum(w, b, before, j, width);
    }
  }
  return z;
}

/** Every node of a ReLU layer off: its activations all 0. */
function allOff(z: Float64Array): boolean {
  for (let j = 0; j < z.length; j += 1) if (z[j]! > 0) return false;
  return true;
}

/**
 * Would layer k all off (no biases) put a kinked layer above it at z = 0?
 * Its 0s pass up through linear, tanh and ReLU layers; a sigmoid's 0.5s
 * end them.
 */
function kinkedAbove(arch: Arch, k: number): boolean {
  for (let l = k + 1; l < arch.activations.length; l += 1) {
    const g = arch.activations[l];
    if (isKinked(g)) return true;
    if (g === 'sigmoid') return false;
  }
  return false;
}

/** A target y for the one output: a probability for binary cross-entropy, any value for the square losses. */
function target(loss: Loss, random: Random): Float64Array {
  return Float64Array.of(loss === 'binary-cross-entropy' ? 0.05 + 0.9 * random() : entry(random));
}

/**
 * z of layer `start`, drawn as inputs are, so that its activations are
 * values the layers below could have given: any z is reachable there (the
 * weights into it are free), and after a ReLU it is drawn positive, every
 * node on, the generic case: a formula that holds there holds where nodes
 * are off too, by continuity within each pattern of the layers above.
 * Never a step layer (`drawnFrom` draws those, so that their 0s and 1s are
 * visited as patterns are).
 */
function hiddenStart(arch: Arch, start: number, random: Random): Float64Array {
  const kinked = isKinked(arch.activations[start - 1]);
  const z = new Float64Array(arch.layers[start] ?? 0);
  for (let j = 0; j < z.length; j += 1) z[j] = kinked ? Math.abs(entry(random)) : entry(random);
  return z;
}

/**
 * Moves the bias (or the weight on the largest input) so z_j is `target`;
 * nothing when no input reaches it. Deep in a large network the inputs
 * are large (about 8 times larger per layer of 64 nodes), and a sum of
 * terms near 1e13 cannot cancel to 1e-7: there the node is cut to one term,
 * its bias or its largest input, which sets z to the target within rounding.
 */
function pinned(w: Float64Array, b: Float64Array | undefined, before: Float64Array, j: number, width: number, target: number): void {
  let i = 0;
  for (let k = 1; k < before.length; k += 1) if (Math.abs(before[k]!) > Math.abs(before[i]!)) i = k;
  const v = before[i] ?? 0;
  if (b) b[j] = b[j]! + target - nodeSum(w, b, before, j, width);
  else if (v === 0) return;
  else w[i * width + j] = w[i * width + j]! + (target - nodeSum(w, b, before, j, width)) / v;
  if (Math.abs(nodeSum(w, b, before, j, width) - target) <= Math.abs(target) / 100) return;
  for (let k = 0; k < before.length; k += 1) w[k * width + j] = 0;
  if (b) b[j] = target;
  else w[i * width + j] = target / v;
}
