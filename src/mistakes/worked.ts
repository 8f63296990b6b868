import type { Compute } from '../schema/data.js';
import type { ProblemData } from '../schema/problem.js';
import { evaluateWith } from '../compute/given.js';
import { parameterCount } from '../nn/index.js';
import { isDescentCompute, solveDescent } from './descent-slip.js';
import { isNetworkCompute, quantityOf } from '../compute/quantity-of.js';
import { networkOf } from './network-slip.js';
import { workedDescent } from './worked-descent.js';
import { workedRate } from './worked-steps.js';
import { math, num } from './worked-latex.js';
import { workedNetwork } from './worked-network.js';

/**
 * The worked solution of a part (`partIndex` 0-based): the chain of values
 * the evaluator goes through to its key, as bank text (LaTeX inside `\( \)`,
 * one step per line) for the renderer. Undefined for a part with no
 * computation, or whose problem lacks the data it needs.
 */
export function workedSolution(problem: ProblemData, partIndex: number): string | undefined {
  const part = problem.parts[partIndex];
  if (!part || (part.kind !== 'number' && part.kind !== 'vector') || !part.compute) return undefined;
  return workedCompute(problem, part.compute);
}

export function workedCompute(problem: ProblemData, c: Compute): string | undefined {
  if (isNetworkCompute(c)) {
    const n = networkOf(problem.network);
    const q = quantityOf(c, problem.network);
    return n && q && workedNetwork(n.net, n.x, q);
  }
  if (c.of === 'rate') return problem.descent && workedRate(problem.descent, problem.given ?? {});
  if (isDescentCompute(c)) {
    // Solved backwards, the descent is worked forwards from the rate or start found.
    const solved = problem.descent && solveDescent(problem.descent, problem.given);
    return solved?.ok ? workedDescent(solved.descent, c, problem.given) : undefined;
  }
  if (c.of === 'parameter-count') return problem.network && workedCount(problem.network.layers, c.biases);
  return workedExpression(c.expr, problem.given ?? {});
}

/** Weights (and biases) layer by layer, then the total. */
function workedCount(layers: readonly number[], biases: boolean): string {
  const steps = layers.slice(1).map((n, k) => {
    const before = layers[k] ?? 0;
    const count = before * n + (biases ? n : 0);
    const what = biases ? `${before} \\times ${n} + ${n} = ${count}` : `${before} \\times ${n} = ${count}`;
    const label = biases ? 'weights and biases' : 'weights';
    return { count, text: `Layer ${k + 1} ${math(`(${before} \\to ${n})`)}: ${math(what)} ${label}` };
  });
  const total = `Total: ${math(`${steps.map((s) => s.count).join(' + ')} = ${num(parameterCount([...layers], biases))}`)}`;
  return [...steps.map((s) => s.text), total].join(';\n') + '.';
}

/** An author's arithmetic over `given`: the numbers it was evaluated with, and the value. */
function workedExpression(expr: string, given: Record<string, number>): string | undefined {
  const r = evaluateWith(expr, given);
  if (!r.ok) return undefined;
  const names = Object.entries(given).filter(([name]) => new RegExp(`\\b${name}\\b`).test(expr));
  const withNames = names.length ? ` with ${names.map(([n, v]) => `${n} = ${num(v)}`).join(', ')}` : '';
  return `${expr}${withNames} gives ${num(r.value)}.`;
}
