import { ACTIVATIONS, type Network } from './types.js';

/*
 * The evaluator trusts its input, so anything built from user content goes
 * through these first; each returns every problem found, [] when sound.
 */

/** Problems with a network's sizes, activations, weights and biases. */
export function checkShapes(net: Network): string[] {
  const problems: string[] = [];
  const { layers } = net;
  const depth = layers.length - 1;
  if (depth < 1) problems.push(`layers: need an input and at least one more layer, got ${layers.length}`);
  layers.forEach((n, l) => {
    if (!Number.isInteger(n) || n < 1) problems.push(`layers[${l}]: expected a positive integer, got ${n}`);
  });
  if (depth >= 1 && layers[depth] !== 1) {
    problems.push(`layers[${depth}]: the output layer must have 1 node, got ${layers[depth]}`);
  }
  if (net.activations.length !== depth) {
    problems.push(`activations: expected ${depth}, got ${net.activations.length}`);
  }
  net.activations.forEach((g, k) => {
    if (!(ACTIVATIONS as readonly string[]).includes(g)) problems.push(`activations[${k}]: unknown "${g}"`);
  });
  if (net.weights.length !== depth) problems.push(`weights: expected ${depth} matrices, got ${net.weights.length}`);
  net.weights.forEach((w, k) => problems.push(...checkMatrix(`weights[${k}]`, w, layers[k], layers[k + 1])));
  if (net.biases !== undefined) {
    if (net.biases.length !== depth) problems.push(`biases: expected ${depth} vectors, got ${net.biases.length}`);
    net.biases.forEach((b, k) => problems.push(...checkVector(`biases[${k}]`, b, layers[k + 1])));
  }
  return problems;
}

/** Problems with an input vector for `net`. */
export function checkInput(net: Network, x: readonly number[]): string[] {
  return checkVector('x', x, net.layers[0]);
}

/** Problems with a mini-batch of 1-based indices into a dataset of `size` points. */
export function checkBatch(batch: readonly number[], size: number): string[] {
  const problems: string[] = [];
  if (batch.length === 0) problems.push('batch: empty, so its mean is undefined');
  batch.forEach((i, k) => {
    if (!Number.isInteger(i) || i < 1 || i > size) {
      problems.push(`batch[${k}]: ${i} is not a point number between 1 and ${size}`);
    }
  });
  return problems;
}

function checkMatrix(label: string, w: readonly number[][], rows: number | undefined, cols: number | undefined): string[] {
  const problems: string[] = [];
  if (rows !== undefined && w.length !== rows) problems.push(`${label}: expected ${rows} rows, got ${w.length}`);
  w.forEach((row, i) => problems.push(...checkVector(`${label}[${i}]`, row, cols)));
  return problems;
}

function checkVector(label: string, v: readonly number[], length: number | undefined): string[] {
  const problems: string[] = [];
  if (length !== undefined && v.length !== length) problems.push(`${label}: expected ${length} entries, got ${v.length}`);
  v.forEach((e, i) => {
    if (typeof e !== 'number' || !Number.isFinite(e)) problems.push(`${label}[${i}]: not a finite number`);
  });
  return problems;
}
