/**
 * Drawing one random point of a network for formulas to be compared at
 * (points.ts says which points, how many and why): its weights, each kinked
 * node kept off its kink and given a sign, pinned nodes moved to the z
 * asked for, and the forward pass that the point's trace takes as its own.
 */
import { activateFlat, FlatTrace, layerSums, nodeSum, type Activation, type FlatNetwork, type Loss } from '../nn/index.js';
import type { Random } from '../random/prng.js';
import type { Point } from './evaluate.js';
import { isKinked, type Pattern } from './patterns.js';
import type { Arch } from './types.js';

export const KINK_MARGIN = 0.05;
/** How close to a kink the points beside it are: far below any smoothing an answer could write. */
export const KINK_NEAR = 1e-7;

const EMPTY = new Float64Array(0);

/**
 * The weights of many points in one allocation, handed out a point at a
 * time: a typed array per point (500 KB on the largest network) cost more
 * in allocation, page faults and collection than drawing its numbers.
 */
export class Slab {
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
export function drawPoint(arch: Arch, start: number, pattern: Pattern | undefined, random: Random, slab: Slab, pins?: ReadonlyMap<number, number>): Point {
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
