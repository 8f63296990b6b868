/**
 * Can a part tell its slips apart? A template's `distinct-mistakes`
 * constraint redraws until, on every numeric part, each catalogued slip that
 * applies gives a number distinct from the key and from every other slip,
 * so whatever slip a student makes, the drill can name it.
 *
 * One case is let through: a coincidence that no redraw can undo. With every
 * z on a part's path above 0, taking ReLU'(0) as 1 (or leaving g' out)
 * changes nothing there; with W^(1) = I, z^(1) is x, so two slips give one
 * number. Such a coincidence survives when the network's and the data's
 * numbers are nudged (all but 0 and ±1, which write structure, and a z of
 * exactly 0, a ReLU kink the author placed, which the nudged biases keep);
 * one that comes from the numbers drawn does not. The nudges are tiny and fixed, so
 * the answer is a pure function of the data.
 */
import type { ProblemData } from '../schema/problem.js';
import { accepts } from '../grade/compare.js';
import { seeded } from '../random/prng.js';
import { MISTAKES } from './catalogue.js';
import { networkOf } from '../compute/network-of.js';
import { forward } from '../nn/index.js';
import type { NetworkData } from '../schema/data.js';
import { numericPart, tryMistakesOn, type NumericPart, type Tried } from './diagnose.js';
import type { Mistake } from './mistake.js';

/** Relative size of a nudge: far above rounding, far below any number a bank draws. */
const NUDGE = 1e-4;
const NUDGES = 2;

/** 0 and ±1 stay: a bank writes structure with them (W^(1) = I, unit weights, w = 0), not drawn numbers. */
const nudged = (xs: unknown, r: () => number): unknown =>
  Array.isArray(xs) ? xs.map((x) => nudged(x, r)) : typeof xs === 'number' && xs !== 0 && Math.abs(xs) !== 1 ? xs * (1 + NUDGE * (2 * r() - 1)) : xs;

/**
 * The nudged network with every z that was exactly 0 put back at 0 through
 * its bias, layer by layer: a kink is structure, like W^(1) = I.
 */
function keepKinks(original: NetworkData, moved: NetworkData): NetworkData {
  const before = networkOf(original);
  if (!before || !original.input || !moved.biases || !moved.input) return moved;
  const zero = forward(before, original.input).z.map((zs) => zs.map((z) => z === 0));
  if (!zero.some((layer) => layer.includes(true))) return moved;
  const biases = moved.biases.map((b) => [...b]);
  for (const [k, layer] of zero.entries()) {
    if (!layer.includes(true) || !biases[k]) continue;
    const now = networkOf({ ...moved, biases });
    if (!now) return moved;
    const z = forward(now, moved.input).z[k] ?? [];
    layer.forEach((isZero, j) => {
      if (isZero && biases[k]![j] !== undefined) biases[k]![j]! -= z[j] ?? 0;
    });
  }
  return { ...moved, biases };
}

/** The problem with the numbers of its network (weights, biases, input) and of its data moved slightly. */
function nudge(problem: ProblemData, k: number): ProblemData {
  const r = seeded(7919 * (k + 1));
  const n = problem.network;
  const d = problem.descent;
  return {
    ...problem,
    ...(n && { network: keepKinks(n, { ...n, ...(n.weights && { weights: nudged(n.weights, r) }), ...(n.biases && { biases: nudged(n.biases, r) }), ...(n.input && { input: nudged(n.input, r) }) } as NetworkData) }),
    ...(d && { descent: { ...d, data: nudged(d.data, r), weights: nudged(d.weights, r) } }),
    // Keys are recomputed from the nudged numbers.
    parts: problem.parts.map((p) => ((p.kind === 'number' || p.kind === 'vector' || p.kind === 'matrix') && p.compute ? { ...p, answer: undefined } : p)),
  } as ProblemData;
}

/** Would the grader take one for the other (either way round)? */
const same = (u: readonly number[], v: readonly number[], part: NumericPart): boolean =>
  u.length === v.length &&
  u.every((x, i) => accepts({ value: x }, v[i] ?? Number.NaN, part.compare, part.noise[i]) || accepts({ value: v[i] ?? Number.NaN }, x, part.compare, part.noise[i]));

/** Pairs (by id) that give one number: a slip and the key (`key`), or two slips. */
function clashes(problem: ProblemData, partIndex: number, mistakes: readonly Mistake[]): Set<string> {
  const part = numericPart(problem, partIndex);
  const out = new Set<string>();
  if (!part) return out;
  const tried: Tried[] = tryMistakesOn(problem, part, mistakes);
  for (const [i, t] of tried.entries()) {
    if (t.coincides) out.add(`${t.mistake.id}|key`);
    for (const u of tried.slice(i + 1)) if (same(t.value, u.value, part)) out.add(`${t.mistake.id}|${u.mistake.id}`);
  }
  return out;
}

/**
 * The slips of a part (0-based) that the drill could not name on these
 * numbers and that another draw could make nameable: one giving the key, or
 * two giving the same number, by coincidence of the numbers drawn.
 */
export function indistinctSlips(problem: ProblemData, partIndex: number, mistakes: readonly Mistake[] = MISTAKES): string[] {
  return indistinctIn(problem, partIndex, mistakes, nudgesOf(problem));
}

/** `indistinctSlips` of every part in turn (0-based), the problem nudged once for them all. */
export function indistinctSlipsByPart(problem: ProblemData, mistakes: readonly Mistake[] = MISTAKES): string[][] {
  const nudges = nudgesOf(problem);
  return problem.parts.map((_, k) => indistinctIn(problem, k, mistakes, nudges));
}

/**
 * The nudged problems, each made when first asked for: they do not depend
 * on the part, so the parts of a problem share them (and the passes run on them).
 */
function nudgesOf(problem: ProblemData): (k: number) => ProblemData {
  const made: ProblemData[] = [];
  return (k) => (made[k] ??= nudge(problem, k));
}

function indistinctIn(problem: ProblemData, partIndex: number, mistakes: readonly Mistake[], nudges: (k: number) => ProblemData): string[] {
  const here = clashes(problem, partIndex, mistakes);
  if (here.size === 0) return [];
  // The pairs that last through every nudge. A nudged problem is asked only
  // about the slips in a pair still lasting (whether two slips clash, or one
  // gives the key, does not depend on the other slips), and once no pair
  // lasts the later nudges cannot change that.
  let lasting = here;
  for (let k = 0; k < NUDGES && lasting.size > 0; k++) {
    const ids = new Set([...lasting].flatMap((pair) => pair.split('|')));
    const moved = clashes(nudges(k), partIndex, mistakes.filter((m) => ids.has(m.id)));
    lasting = new Set([...lasting].filter((pair) => moved.has(pair)));
  }
  const lasts = (pair: string) => lasting.has(pair);
  // A slip that cannot differ from the key is not to blame when another slip lands on the key.
  const keyBound = new Set([...here].filter((pair) => pair.endsWith('|key') && lasts(pair)).map((pair) => pair.split('|')[0]));
  const chance = [...here].filter((pair) => !lasts(pair));
  return [...new Set(chance.flatMap((pair) => pair.split('|').filter((id) => id !== 'key' && !keyBound.has(id))))];
}

/** Does every numeric part of the problem tell its slips apart, as far as a draw can? */
export function mistakesDistinct(problem: ProblemData): boolean {
  const nudges = nudgesOf(problem);
  return problem.parts.every((_, k) => indistinctIn(problem, k, MISTAKES, nudges).length === 0);
}
