/**
 * The examples in a format hint. A hint is shown when an answer cannot be
 * read, often right after the student typed part of the key; an example
 * that is the key (or its negation) would give the answer away. So the
 * examples are picked for the part, skipping every number of its key.
 */
import { ALLOWED_FUNCTIONS } from './arithmetic-tree.js';

/** Each kind of number the grader reads, with spare examples in case one is a key. */
const NUMBER_EXAMPLES: readonly (readonly [string, number])[][] = [
  [['-14', -14], ['12', 12], ['-6', -6], ['30', 30]],
  [['0.25', 0.25], ['0.75', 0.75], ['1.5', 1.5], ['-2.5', -2.5]],
  [['1/2', 1 / 2], ['2/3', 2 / 3], ['3/4', 3 / 4], ['5/8', 5 / 8]],
  [['2e-3', 2e-3], ['5e-4', 5e-4], ['3e2', 300], ['7e-5', 7e-5]],
];

/** Vector components, in the order examples take them. */
const COMPONENTS: readonly number[] = [4, 9, -2, 7, 6, -3, 8, 5, -11, 13, 10, 15];

const ARITHMETIC = `arithmetic with + - * / ^, ( ), ${Object.keys(ALLOWED_FUNCTIONS).join(', ')}, pi and e`;

/** Too close to a key (or to minus a key) to be shown as an example. */
function near(x: number, keys: readonly number[]): boolean {
  return keys.some((k) => Math.abs(Math.abs(x) - Math.abs(k)) <= 1e-9 * Math.max(1, Math.abs(k)));
}

function pick(candidates: readonly (readonly [string, number])[], keys: readonly number[]): string | undefined {
  return candidates.find(([, v]) => !near(v, keys))?.[0];
}

export function numberHint(keys: readonly number[] = []): string {
  const examples = NUMBER_EXAMPLES.map((c) => pick(c, keys)).filter((e): e is string => e !== undefined);
  const last = examples.pop();
  return `a number such as ${examples.join(', ')} or ${last}, or ${ARITHMETIC}`;
}

export function vectorHint(length: number, keys: readonly number[] = []): string {
  const kept = COMPONENTS.filter((x) => !near(x, keys));
  const free = kept.length ? kept : COMPONENTS;
  const xs = Array.from({ length }, (_, i) => String(free[i % free.length]));
  const list = xs.join(', ');
  return `${length} numbers such as (${list}), [${list}], ${list} or ${xs.join(' ')}; separate components with commas when they contain spaces`;
}

/** Entries of a matrix example, in the order examples take them. */
export function matrixHint(rows: number, cols: number, keys: readonly number[] = []): string {
  const kept = COMPONENTS.filter((x) => !near(x, keys));
  const free = kept.length ? kept : COMPONENTS;
  const example = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => String(free[(i * cols + j) % free.length])));
  const spaced = example.map((r) => r.join(' ')).join('; ');
  const nested = `[${example.map((r) => `[${r.join(', ')}]`).join(', ')}]`;
  const shape = `${rows} row${rows === 1 ? '' : 's'} of ${cols} number${cols === 1 ? '' : 's'}`;
  return `${shape}, such as ${spaced} or ${nested}: rows separated by ; and entries by spaces, or by commas when they contain spaces`;
}
