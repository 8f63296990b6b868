import type { DescentData } from '../schema/data.js';
import { augment, descentStep, linearPredict, linearRisk, linearRiskGradient, selectBatch, squareLoss, squareLossGradient } from '../nn/index.js';
import { stepOf, type DescentCompute } from '../descent/index.js';
import { factor, math, num, vec } from './worked-latex.js';
import { workedSteps } from './worked-steps.js';

const AUG = '\\operatorname{Aug}(\\vec x)';

/**
 * The seed's descent (one step of H(x) = w0 + w1 x, square loss, mean), point
 * by point: each point's loss (or loss gradient), their mean, then the
 * step. Any other descent is worked step by step (worked-steps.ts).
 */
export function workedDescent(d: DescentData, c: DescentCompute, given: Readonly<Record<string, number>> = {}): string | undefined {
  if (!isSeedShaped(d, c)) return workedSteps(d, c, given);
  const data = d.data!.map(([x, y]) => ({ x: x!, y: y! }));
  const used = selectBatch(data, d.batch);
  const w = [...d.weights!];
  const lines: string[] = [];
  if (d.batch) {
    const points = d.batch.map((i) => data[i - 1]).filter((p) => p !== undefined);
    lines.push(`The mini-batch is points ${andList(d.batch.map(String))} (counting from 1): ${andList(points.map((p) => math(vec([p.x, p.y]))))}`);
  }
  const mean = (terms: string[]): string => (terms.length === 1 ? (terms[0] ?? '') : `\\tfrac{1}{${terms.length}}\\left[${terms.join(' + ')}\\right]`);
  if (c.of === 'risk') {
    for (const p of used) {
      const r = linearPredict(w, p.x) - p.y;
      lines.push(`Point ${math(vec([p.x, p.y]))}: ${math(`(${AUG} \\cdot \\vec w - y)^2 = (${num(linearPredict(w, p.x))} - ${factor(p.y)})^2 = ${factor(r)}^2 = ${num(squareLoss(w, p))}`)}`);
    }
    lines.push(math(`R(\\vec w) = ${mean(used.map((p) => num(squareLoss(w, p))))} = ${num(linearRisk(w, data, d.batch))}`));
    return lines.join(';\n') + '.';
  }
  for (const p of used) {
    const aug = augment(p.x);
    lines.push(`Point ${math(vec([p.x, p.y]))}: ${math(`2(${AUG} \\cdot \\vec w - y)${AUG} = 2(${num(linearPredict(w, p.x))} - ${factor(p.y)})${vec(aug)} = ${vec(squareLossGradient(w, p))}`)}`);
  }
  const grad = linearRiskGradient(w, data, d.batch);
  lines.push(math(`\\nabla R(\\vec w) = ${mean(used.map((p) => vec(squareLossGradient(w, p))))} = ${vec(grad)}`));
  if (c.of === 'descent-step') {
    // A linear model always gives its rate (src/schema/refine.ts).
    const rate = d.rate!;
    lines.push(math(`\\vec w - \\eta \\nabla R(\\vec w) = ${vec(w)} - ${num(rate)} \\cdot ${vec(grad)} = ${vec(descentStep(w, grad, rate))}`));
  }
  return lines.join(';\n') + '.';
}

function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** One feature with an intercept, the square loss averaged, at most one step, asked at the seed's steps. */
function isSeedShaped(d: DescentData, c: DescentCompute): boolean {
  const k = stepOf(d, c);
  const plain = d.model === 'linear' && d.data?.[0]?.length === 2 && d.intercept !== false && (d.loss ?? 'square') === 'square' && (d.reduce ?? 'mean') === 'mean' && !d.batches;
  const atSeedStep = c.of === 'descent-step' || c.of === 'weights' ? k === 1 : k === 0;
  return plain && (d.steps ?? 1) <= 1 && atSeedStep && c.component === undefined && c.of !== 'weights';
}
