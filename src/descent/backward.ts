import type { DescentData } from '../schema/data.js';
import { functionIterates, gradientAt } from './function-descent.js';
import { functionTrees } from './function-trees.js';
import type { FunctionSetting } from './setting.js';

/*
 * A descent on a function "solved backwards", as exams ask it: the point it
 * reaches is given (`reach`), and the rate or the start is what is asked.
 * The unknown is solved here; the descent is then run forwards like any
 * other, so every quantity (and every slip) is asked of the solved descent.
 */

export type Solved = { ok: true; descent: DescentData } | { ok: false; error: string };

/** How close the forward run from a solved start must come to `reach`, relative to the numbers involved. */
const REACH_REL = 1e-9;
/** Fixed-point rounds per step run backwards: a contraction settles to machine precision far sooner. */
const MAX_ROUNDS = 2000;

/** The descent with its rate or start solved from `reach`; a descent without `reach` as it is. */
export function solveDescent(d: DescentData, constants: Readonly<Record<string, number>> = {}): Solved {
  if (d.reach === undefined || d.function === undefined) return { ok: true, descent: d };
  const variables = Object.keys(d.start ?? d.reach);
  const t = functionTrees(d.function, variables, Object.keys(constants));
  if (!t.ok) return t;
  const reach = variables.map((v) => d.reach![v]!);
  const { reach: _, ...forwards } = d;
  const setting = (start: number[], rate: number): FunctionSetting => ({ kind: 'function', text: d.function!, variables, start, rate, steps: d.steps ?? 1 });
  const grad = (s: FunctionSetting, x: readonly number[]) => gradientAt(s, t.trees, x, constants);
  if (d.rate === undefined) {
    // One step x1 = x0 - rate g: rate is the least-squares fit of x0 - x1 to g, exact when reach is on that line.
    const x0 = variables.map((v) => d.start![v]!);
    const g = grad(setting(x0, 0), x0);
    const gg = dot(g, g);
    if (!(gg > 0)) return { ok: false, error: `the gradient at the start is ${show(g)}, so no rate moves the start to reach` };
    const rate = dot(x0.map((v, j) => v - reach[j]!), g) / gg;
    const miss = Math.max(...x0.map((v, j) => Math.abs(v - rate * g[j]! - reach[j]!)));
    if (miss > REACH_REL * scale(x0, reach, g.map((gj) => rate * gj)))
      return { ok: false, error: `no rate takes the start to reach in one step: the step is along the gradient ${show(g)}, and reach minus start is not a multiple of it` };
    if (!(rate > 0)) return { ok: false, error: `the rate that reaches it is ${rate}, not positive: reach lies up the gradient from the start` };
    return { ok: true, descent: { ...forwards, rate } };
  }
  // Step j backwards: x_{j-1} = x_j + rate grad f(x_{j-1}), a fixed point found by iterating from x_j.
  const s = setting(reach, d.rate);
  let x = reach;
  for (let j = s.steps; j >= 1; j--) {
    const after = x;
    let y = after;
    let settled = false;
    for (let round = 0; round < MAX_ROUNDS && !settled; round++) {
      const g = grad(s, y);
      const next = after.map((v, i) => v + s.rate * g[i]!);
      // Well inside the key's noise (src/compute/noise.ts, 1e-12 relative), and reachable past rounding.
      settled = next.every((v, i) => Math.abs(v - y[i]!) <= 1e-14 * Math.max(1, Math.abs(v)));
      y = next;
    }
    if (!settled || !y.every(Number.isFinite))
      return { ok: false, error: `no start found: running step ${j} backwards (x = x_next + rate * grad f(x), iterated) does not settle; the rate may be too large to run this function backwards` };
    x = y;
  }
  const ends = functionIterates(setting(x, d.rate), t.trees, s.steps, constants)[s.steps]!;
  const miss = Math.max(...ends.map((v, j) => Math.abs(v - reach[j]!)));
  if (miss > REACH_REL * scale(x, reach)) return { ok: false, error: `the start found, ${show(x)}, does not run forwards to reach (it ends at ${show(ends)})` };
  return { ok: true, descent: { ...forwards, start: Object.fromEntries(variables.map((v, j) => [v, x[j]!])) } };
}

const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((n, v, j) => n + v * b[j]!, 0);
const scale = (...vs: (readonly number[])[]): number => Math.max(1, ...vs.flat().map(Math.abs));
const show = (v: readonly number[]): string => (v.length === 1 ? String(v[0]) : `(${v.join(', ')})`);
