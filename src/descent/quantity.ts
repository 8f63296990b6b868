import type { Compute, DescentData } from '../schema/data.js';
import { solveDescent } from './backward.js';
import { functionIterates, gradientAt, valueAt } from './function-descent.js';
import { functionTrees } from './function-trees.js';
import { batchFor, gradient, linearIterates, risk } from './linear.js';
import { settingOf } from './setting.js';
import type { DescentSlip } from './slip.js';

export type DescentCompute = Extract<Compute, { of: 'iterate' | 'function-value' | 'gradient' | 'rate' | 'risk' | 'risk-gradient' | 'weights' | 'descent-step' }>;
export type DescentValue = { ok: true; value: number | number[]; what: string } | { ok: false; error: string };

/** The quantities of a descent's steps: what slips and worked solutions follow (the rate, a setting, has neither). */
export function isDescentCompute(c: Compute): c is DescentCompute {
  switch (c.of) {
    case 'iterate': case 'function-value': case 'gradient':
    case 'risk': case 'risk-gradient': case 'weights': case 'descent-step':
      return true;
    default:
      return false;
  }
}

/**
 * The step a quantity is asked at: the one named, else the last for the
 * points (what the descent ends at) and 0 for the risk and its gradient
 * (the seed asks them at the given weights).
 */
export function stepOf(d: DescentData, c: DescentCompute): number {
  if (c.step !== undefined) return c.step;
  return c.of === 'risk' || c.of === 'risk-gradient' ? 0 : (d.steps ?? 1);
}

/**
 * One quantity of a descent, after `step` steps. `constants` are the
 * problem's given names, which a function may use. A slip re-runs the
 * descent with one piece changed (src/mistakes); the right value has none.
 */
export function computeDescent(given: DescentData, c: DescentCompute, constants: Readonly<Record<string, number>> = {}, slip: DescentSlip = {}): DescentValue {
  const solved = solveDescent(given, constants);
  if (!solved.ok) return solved;
  const d = solved.descent;
  if (c.of === 'rate') return { ok: true, value: d.rate!, what: given.rate === undefined ? 'the rate that reaches it' : 'the rate' };
  const asked = stepOf(d, c);
  const k = slip.step ? slip.step(asked) : asked;
  if (k < 0) return { ok: false, error: `step ${k} is before the start` };
  const s = settingOf(d);
  const at = c.step === undefined && k === asked ? '' : ` at step ${k}`;
  const pick = (v: number | number[], what: string): DescentValue => {
    // A component, or the point of a function of one variable, is a number.
    const one = typeof v === 'number' ? v : c.component !== undefined ? v[c.component - 1] : v.length === 1 && s.kind === 'function' ? v[0] : undefined;
    const value = one ?? (v as number[]);
    const finite = typeof value === 'number' ? Number.isFinite(value) : value.every(Number.isFinite);
    if (!finite) return { ok: false, error: `${what}${at} is not a finite number (the descent diverges, or leaves the function's domain)` };
    return { ok: true, value, what: c.component !== undefined ? `component ${c.component} of ${what}${at}` : `${what}${at}` };
  };
  if (s.kind === 'function') {
    const t = functionTrees(s.text, s.variables, Object.keys(constants));
    if (!t.ok) return t;
    const x = functionIterates(s, t.trees, k, constants, slip)[k]!;
    switch (c.of) {
      case 'iterate': return pick(x, 'the point');
      case 'function-value': return pick(valueAt(s, t.trees, x, constants), 'f');
      case 'gradient': return pick(gradientAt(s, t.trees, x, constants, slip), 'the gradient of f');
      default: return { ok: false, error: `'${c.of}' is asked of a linear model; this descent is on a function (ask iterate, function-value, gradient or rate)` };
    }
  }
  const w = linearIterates(s, k, slip)[k]!;
  switch (c.of) {
    case 'weights': case 'descent-step': return pick(w, 'the weights');
    case 'risk': return pick(risk(s, w, slip), 'the risk');
    case 'risk-gradient': return pick(gradient(s, w, batchFor(s, k, slip), slip), 'the gradient of the risk');
    default: return { ok: false, error: `'${c.of}' is asked of a descent on a function; this descent is on a linear model (ask weights, risk or risk-gradient)` };
  }
}
