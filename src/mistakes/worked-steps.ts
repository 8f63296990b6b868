import type { DescentData } from '../schema/data.js';
import {
  batchFor, functionIterates, pointLoss, residual, riskPoints, functionTrees, gradient, gradientAt, linearIterates, settingOf, solveDescent, stepOf, valueAt,
  type DescentCompute, type FunctionSetting, type LinearSetting,
} from '../descent/index.js';
import { computeKey } from '../compute/compute-key.js';
import { formatNumber, formatVector } from '../grade/format.js';
import { factor, math, num, vec } from './worked-latex.js';

/**
 * A descent worked step by step: the gradient (its formula, for a
 * function), then each step w_k = w_{k-1} - eta grad, then the quantity
 * asked. Undefined when the descent cannot be computed.
 */
export function workedSteps(d: DescentData, c: DescentCompute, given: Readonly<Record<string, number>>): string | undefined {
  // The key as instantiation computes it: snapped to its noise (src/compute/noise.ts).
  const key = computeKey({ descent: d, given: { ...given } }, c);
  if (!key.ok) return undefined;
  const k = stepOf(d, c);
  const s = settingOf(d);
  const lines = s.kind === 'function' ? functionLines(s, c, k, given) : linearLines(s, c, k);
  if (!lines) return undefined;
  // A descent gives a number or a vector, never a matrix.
  const value = typeof key.value === 'number' ? formatNumber(key.value) : formatVector(key.value as number[]);
  lines.push(`So ${key.what} is ${math(`${symbolOf(s, c, k)} = ${value}`)}`);
  return lines.join(';\n') + '.';
}

/**
 * The rate: given, or solved from one step (src/descent/backward.ts): the
 * gradient at the start, then the one coordinate that moved most, divided.
 */
export function workedRate(d: DescentData, given: Readonly<Record<string, number>>): string | undefined {
  const key = computeKey({ descent: d, given: { ...given } }, { of: 'rate' });
  if (!key.ok || typeof key.value !== 'number') return undefined;
  const value = formatNumber(key.value);
  if (d.reach === undefined) return `The rate is given: ${math(`\\eta = ${value}`)}.`;
  const solved = solveDescent(d, given);
  if (!solved.ok) return undefined;
  const s = settingOf(solved.descent);
  if (s.kind !== 'function') return undefined;
  const t = functionTrees(s.text, s.variables, Object.keys(given));
  if (!t.ok) return undefined;
  const g = gradientAt(s, t.trees, s.start, given);
  const j = g.reduce((best, gj, i) => (Math.abs(gj) > Math.abs(g[best]!) ? i : best), 0);
  const v = s.variables[j]!;
  const reached = d.reach[v]!;
  return [
    `${math(`\\nabla f(${args(s.start)}) = ${point(g)}`)}`,
    `the step moved ${math(v)} from ${math(num(s.start[j]!))} to ${math(num(reached))}, and ${math(`${v}_1 = ${v}_0 - \\eta \\, \\partial f/\\partial ${v}`)}`,
    `so ${math(`\\eta = (${num(s.start[j]!)} - ${factor(reached)}) / ${factor(g[j]!)} = ${value}`)}`,
  ].join(';\n') + '.';
}

const point = (v: readonly number[]): string => (v.length === 1 ? num(v[0]!) : vec(v));
/** The arguments of f at a point: f(1, 0.9), not f((1, 0.9)). */
const args = (v: readonly number[]): string => v.map(num).join(', ');

function functionLines(s: FunctionSetting, c: DescentCompute, k: number, given: Readonly<Record<string, number>>): string[] | undefined {
  const t = functionTrees(s.text, s.variables, Object.keys(given));
  if (!t.ok) return undefined;
  const trees = t.trees;
  const name = s.variables.length === 1 ? s.variables[0]! : `\\vec x`;
  const lines = [`${math(`f = ${tex(s.text)}`)}, so ${s.variables.map((v, j) => math(`\\partial f/\\partial ${v} = ${tex(t.trees.partialTexts[j]!)}`)).join(', ')}`];
  const xs = functionIterates(s, trees, k, given);
  for (let j = 1; j <= k; j++) {
    const g = gradientAt(s, trees, xs[j - 1]!, given);
    lines.push(`Step ${j}: ${math(`${name}_{${j}} = ${point(xs[j - 1]!)} - ${num(s.rate)} \\cdot ${point(g)} = ${point(xs[j]!)}`)}`);
  }
  const x = xs[k]!;
  if (c.of === 'function-value') lines.push(math(`f(${args(x)}) = ${num(valueAt(s, trees, x, given))}`));
  if (c.of === 'gradient') lines.push(math(`\\nabla f(${args(x)}) = ${point(gradientAt(s, trees, x, given))}`));
  return lines;
}

function linearLines(s: LinearSetting, c: DescentCompute, k: number): string[] {
  const lines = [`${math(`H(\\vec x) = ${s.intercept ? '(1, \\vec x)' : '\\vec x'} \\cdot \\vec w`)}, ${s.loss} loss, ${s.reduce === 'sum' ? 'summed' : 'averaged'} over the points of each step`];
  const ws = linearIterates(s, k);
  const used = (b: number[] | undefined) => (b ? `points ${b.join(', ')}` : 'all the points');
  for (let j = 1; j <= k; j++) {
    const b = batchFor(s, j - 1);
    const g = gradient(s, ws[j - 1]!, b);
    lines.push(`Step ${j} (${used(b)}): ${math(`\\nabla R = ${vec(g)}`)}, ${math(`\\vec w_{${j}} = ${vec(ws[j - 1]!)} - ${num(s.rate)} \\cdot ${vec(g)} = ${vec(ws[j]!)}`)}`);
  }
  if (c.of === 'risk-gradient') {
    const b = batchFor(s, k);
    lines.push(`At ${math(`\\vec w_{${k}} = ${vec(ws[k]!)}`)}, over ${used(b)}: ${math(`\\nabla R = ${vec(gradient(s, ws[k]!, b))}`)}`);
  }
  if (c.of === 'risk') {
    const losses = riskPoints(s).map((p) => num(pointLoss(s.loss, residual(s, ws[k]!, p))));
    lines.push(`At ${math(`\\vec w_{${k}} = ${vec(ws[k]!)}`)}, the losses of ${used(s.batch)} are ${losses.join(', ')}`);
  }
  return lines;
}

/** mathjs's text of a formula as LaTeX the renderer reads: products as dots. */
function tex(text: string): string {
  return text.replace(/\s*\*\s*/g, ' \\cdot ');
}

/** The quantity asked, in symbols: x_2, f(x_2), dR/dw_j, ... */
function symbolOf(s: FunctionSetting | LinearSetting, c: DescentCompute, k: number): string {
  const j = c.component;
  if (s.kind === 'function') {
    const name = s.variables.length === 1 ? s.variables[0]! : '\\vec x';
    const at = `${name}_{${k}}`;
    if (c.of === 'function-value') return `f(${at})`;
    if (c.of === 'gradient') return j === undefined ? `\\nabla f(${at})` : `\\partial f/\\partial ${s.variables[j - 1]!} (${at})`;
    return j === undefined ? at : `${s.variables[j - 1]!}_{${k}}`;
  }
  const w = `\\vec w_{${k}}`;
  if (c.of === 'risk') return `R(${w})`;
  if (c.of === 'risk-gradient') return j === undefined ? `\\nabla R(${w})` : `(\\nabla R(${w}))_{${j}}`;
  return j === undefined ? w : `(${w})_{${j}}`;
}
