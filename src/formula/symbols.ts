/**
 * Which symbols a network has, and why a symbol it does not have is
 * refused. Names are given in the short spelling of nn/quantity.ts (`W2_21`,
 * `z1_2`, `x_1`), the one quickest to type.
 */
import { ACTIVATIONS, shortName } from '../nn/index.js';
import type { Arch, FormulaSymbol } from './types.js';

/** Why `arch` has no such symbol, or undefined when it has it. */
export function missingReason(s: FormulaSymbol, arch: Arch): string | undefined {
  const depth = arch.layers.length - 1;
  const width = (l: number): number => arch.layers[l] ?? 0;
  const nodes = (l: number): string => `layer ${l} has ${plural(width(l), 'node')}`;
  if (s.kind === 'H') return undefined;
  if (s.kind === 'declared') {
    return arch.symbols?.some((d) => d.name === s.name) ? undefined : `the problem declares no symbol ${s.name}`;
  }
  if ((s.kind === 'L' || s.kind === 'y' || s.kind === 'yhat' || s.kind === 'delta') && !arch.loss) {
    return 'L, y, yhat and delta belong to a network with a loss, and this one has none';
  }
  if (s.kind === 'L') return undefined;
  if (s.kind === 'y' || s.kind === 'yhat') return s.node === 1 ? undefined : 'the output layer has 1 node, so it is y (or y_1)';
  if (s.kind === 'x') {
    return s.node >= 1 && s.node <= width(0) ? undefined : `the network has ${plural(width(0), 'input')}`;
  }
  if (s.layer < 1) return 'layers are numbered from 1; layer 0 is the input x';
  if (s.layer > depth) return `there is no layer ${s.layer} (the layers after the input are 1 to ${depth})`;
  if (s.kind === 'b' && arch.biases !== true) return 'this network has no biases';
  if (s.kind === 'W') {
    if (s.from < 1 || s.from > width(s.layer - 1)) return `${nodes(s.layer - 1)}, so i in W${s.layer}_ij is 1 to ${width(s.layer - 1)}`;
    if (s.to < 1 || s.to > width(s.layer)) return `${nodes(s.layer)}, so j in W${s.layer}_ij is 1 to ${width(s.layer)}`;
    return undefined;
  }
  return s.node >= 1 && s.node <= width(s.layer) ? undefined : nodes(s.layer);
}

/** Every symbol of `arch`, in the short spelling: weights, biases, z, a, x, H. */
export function symbolsOf(arch: Arch): string[] {
  return symbolGroups(arch).flatMap((g) => g.names);
}

/**
 * The same list made compact, for an error message: `W1_11..W1_22, W3_11,
 * W3_21, ...`; three or more layers alike in a row are one entry, `z1_1..z1_64
 * and so on to z15_1..z15_64`, so that a deep network's list stays short.
 */
export function symbolSummary(arch: Arch): string {
  const compact = (g: Group): string => (g.names.length > 2 ? `${g.names[0]}..${g.names[g.names.length - 1]}` : g.names.join(', '));
  const out: string[] = [];
  const groups = symbolGroups(arch);
  for (let k = 0; k < groups.length; ) {
    let end = k;
    while (end + 1 < groups.length && alike(groups[end]!, groups[end + 1]!)) end += 1;
    out.push(end - k >= 2 ? `${compact(groups[k]!)} and so on to ${compact(groups[end]!)}` : compact(groups[k]!));
    k = end - k >= 2 ? end + 1 : k + 1;
  }
  return out.join(', ');
}

/** The symbols of one kind in one layer, in reading order; `shape` is what two layers alike share. */
interface Group {
  kind: string;
  layer: number;
  shape: string;
  names: string[];
}

/** Neighbouring layers of one kind and shape. */
function alike(a: Group, b: Group): boolean {
  return a.kind === b.kind && b.layer === a.layer + 1 && a.shape === b.shape;
}

/** One group per kind and layer, each in reading order. */
function symbolGroups(arch: Arch): Group[] {
  const depth = arch.layers.length - 1;
  const layers = Array.from({ length: Math.max(depth, 0) }, (_, k) => k + 1);
  const range = (n: number): number[] => Array.from({ length: Math.max(n, 0) }, (_, k) => k + 1);
  const width = (l: number): number => arch.layers[l] ?? 0;
  const groups: Group[] = layers.map((layer) => ({
    kind: 'W',
    layer,
    shape: `${width(layer - 1)}x${width(layer)}`,
    names: range(width(layer - 1)).flatMap((from) => range(width(layer)).map((to) => shortName({ kind: 'W', layer, from, to }))),
  }));
  const nodes = (kind: string, layer: number, name: (node: number) => string): Group => ({
    kind,
    layer,
    shape: String(width(layer)),
    names: range(width(layer)).map(name),
  });
  const kinds = arch.biases === true ? (['b', 'z', 'a'] as const) : (['z', 'a'] as const);
  for (const kind of kinds) {
    for (const layer of layers) groups.push(nodes(kind, layer, (node) => shortName({ kind, layer, node })));
  }
  groups.push(nodes('x', 0, (node) => shortName({ kind: 'x', node })));
  groups.push({ kind: 'H', layer: 0, shape: '', names: ['H'] });
  if (arch.loss) {
    for (const name of ['L', 'y', 'yhat']) groups.push({ kind: name, layer: 0, shape: '', names: [name] });
    for (const layer of layers) groups.push(nodes('delta', layer, (node) => `delta${layer}_${node}`));
  }
  return groups;
}

/** Problems with an architecture itself (an author's or a caller's mistake); [] when sound. */
export function archProblems(arch: Arch): string[] {
  const problems: string[] = [];
  const depth = arch.layers.length - 1;
  if (depth < 1) problems.push('the network needs an input layer and at least one more');
  arch.layers.forEach((n, l) => {
    if (!Number.isInteger(n) || n < 1) problems.push(`layer ${l} must have a positive whole number of nodes, not ${n}`);
  });
  if (depth >= 1 && arch.layers[depth] !== 1) problems.push('the output layer must have 1 node');
  if (arch.activations.length !== depth) problems.push(`expected ${depth} activations, got ${arch.activations.length}`);
  arch.activations.forEach((g) => {
    if (!(ACTIVATIONS as readonly string[]).includes(g)) problems.push(`unknown activation "${g}"`);
    // g(z) names one node's activation; softmax has none of its own.
    if (g === 'softmax') problems.push('formulas are not read on a softmax layer');
  });
  if (arch.loss === 'binary-cross-entropy' && arch.activations[depth - 1] !== 'sigmoid') problems.push('binary cross-entropy needs a sigmoid output');
  if (arch.loss === 'cross-entropy') problems.push('cross-entropy needs a softmax output, and formulas are not read on a softmax layer');
  return problems;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
