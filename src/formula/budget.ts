/**
 * How much work the points of one network may take. Drawing a point costs
 * its network's size: every weight is drawn, then used in the forward and
 * the backward pass. The set of points is held to POINT_WORK numbers so
 * that the first formula graded on a network, when the points are drawn,
 * is quick on the largest network the format allows (16 layers of 64
 * nodes, where formulas may name only the top layers: drawn-from.ts; `npm run
 * bench` measures it). Small networks are far inside it:
 * their points are what points.ts says, pattern by pattern.
 */
import { activationPatterns, isKinked, type Pattern } from './patterns.js';
import type { Arch } from './types.js';

export const POINTS_PER_PATTERN = 2;
export const MAX_FORMULA_POINTS = 1024;
/**
 * Weights and inputs drawn over all the points of one network, at most:
 * about 25 ms for the first answer on a quiet machine (bench/formula-large.ts).
 */
export const POINT_WORK = 640_000;
/** Pairs of points beside the kinks never fall below this (nor below one per node with a kink, when fewer). */
export const MIN_KINK_GROUPS = 8;
/** Random points never fall below this. */
export const FORMULA_POINTS = 32;
/** The fewest points any network gets: the random ones and the pairs beside kinks. */
export const FORMULA_POINTS_FLOOR = FORMULA_POINTS + 2 * MIN_KINK_GROUPS;

/** The numbers drawn for one point: its inputs, weights and biases. */
export function drawSize(arch: Arch): number {
  return arch.layers.slice(1).reduce((sum, n, k) => sum + ((arch.layers[k] ?? 0) + 1) * n, arch.layers[0] ?? 0);
}

/**
 * The network from layer `start` up, that layer taken as its input: what
 * points drawn from `start` (see `drawnFrom` in drawn-from.ts) vary. Start 0 is `arch`.
 */
export function tailArch(arch: Arch, start: number): Arch {
  return start === 0 ? arch : { ...arch, layers: arch.layers.slice(start), activations: arch.activations.slice(start) };
}

/** How many points of `arch` fit in POINT_WORK, beside-kink pairs included. */
export function pointBudget(arch: Arch): number {
  return Math.floor(POINT_WORK / drawSize(arch));
}

/**
 * Every pattern a point can be drawn in, when there are few enough to give
 * each POINTS_PER_PATTERN points within MAX_FORMULA_POINTS and the budget;
 * undefined when points must draw their patterns at random.
 */
export function enumerablePatterns(arch: Arch): Pattern[] | undefined {
  const limit = Math.min(MAX_FORMULA_POINTS, pointBudget(arch)) / POINTS_PER_PATTERN;
  return activationPatterns(arch, Math.floor(limit));
}

/** A node with a kink: layer index k (0-based, layer k+1) and 0-based node. */
export interface KinkNode {
  layer: number;
  node: number;
}

/**
 * The nodes with a kink, in groups that share a pair of points beside the
 * kink. One node per group while the pairs fit half the budget (or
 * there are at most MIN_KINK_GROUPS nodes); past that, node n of the list
 * goes to group n mod G, so a group of a wide network holds every G-th
 * node of each layer and a layer keeps most of its nodes drawn freely.
 */
export function kinkGroups(arch: Arch): KinkNode[][] {
  const nodes: KinkNode[] = [];
  arch.activations.forEach((g, layer) => {
    if (!isKinked(g)) return;
    for (let node = 0; node < (arch.layers[layer + 1] ?? 0); node += 1) nodes.push({ layer, node });
  });
  // Half the budget at most, and never so much that the pairs and the floor of random points overrun it.
  const budget = pointBudget(arch);
  const groups = Math.min(nodes.length, Math.max(MIN_KINK_GROUPS, Math.min(Math.floor(budget / 4), Math.floor((budget - FORMULA_POINTS) / 2))));
  const out: KinkNode[][] = Array.from({ length: groups }, () => []);
  nodes.forEach((n, k) => out[k % groups]!.push(n));
  return out;
}
