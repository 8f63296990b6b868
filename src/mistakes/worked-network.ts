import { derivative, trace, valueOf, type Network, type Quantity, type Trace } from '../nn/index.js';
import { a, b, d, factor, g, math, num, sum, times, vec, w, x, z } from './worked-latex.js';

/*
 * The chain of values that gives a network quantity's key, read from its
 * trace: the forward values it uses and, for a derivative, dH/dz layer by
 * layer from the output down, then the chain-rule product at the node asked
 * about. One line per layer; the last step on the last line is the key.
 */

type Values = Trace;

const depthOf = (v: Values): number => v.net.weights.length;
const act = (v: Values, l: number) => v.net.activations[l - 1] ?? 'linear';
const zAt = (v: Values, l: number, j: number): number => valueOf(v, { kind: 'z', layer: l, node: j }) ?? Number.NaN;
const aAt = (v: Values, l: number, i: number): number => valueOf(v, { kind: 'a', layer: l, node: i }) ?? Number.NaN;
const deltaAt = (v: Values, l: number, j: number): number => valueOf(v, { kind: 'd', of: 'H', by: { kind: 'z', layer: l, node: j } }) ?? Number.NaN;
const width = (v: Values, l: number): number => v.net.layers[l] ?? 0;
const nodes = (n: number): number[] => Array.from({ length: n }, (_, k) => k + 1);

export function workedNetwork(net: Network, input: number[], q: Quantity): string | undefined {
  const v = trace(net, input);
  const L = depthOf(v);
  switch (q.kind) {
    case 'H':
      return lines([...forwardTo(v, L, 1, true), [math(`H = ${a(L, 1)} = ${num(v.fwd.output)}`)]]);
    case 'z':
    case 'a':
      return lines(forwardTo(v, q.layer, q.node, q.kind === 'a'));
    case 'd':
      return workedDerivative(v, q.by);
    default:
      // A given value (x, W, b) has no chain to show.
      return undefined;
  }
}

function workedDerivative(v: Values, by: Extract<Quantity, { kind: 'd' }>['by']): string {
  switch (by.kind) {
    case 'a':
      return lines([...deltasDown(v, by.layer + 1), [daSum(v, by.layer, by.node)]]);
    case 'x':
      return lines([...deltasDown(v, 1), [daSum(v, 0, by.node)]]);
    case 'z':
      return lines([...deltasDown(v, by.layer + 1), nodeDelta(v, by.layer, by.node)]);
    case 'b':
      return lines([...deltasDown(v, by.layer + 1), [...nodeDelta(v, by.layer, by.node), math(`${d(b(by.layer, by.node))} = ${d(z(by.layer, by.node))} = ${num(deltaAt(v, by.layer, by.node))}`)]]);
    case 'W': {
      const { layer: l, from: i, to: j } = by;
      const input = aAt(v, l - 1, i);
      const source = l === 1 ? math(`${a(0, i)} = ${x(i)} = ${num(input)}`) : activation(v, l - 1, i);
      const delta = deltaAt(v, l, j);
      const product = math(`${d(w(l, i, j))} = ${times(a(l - 1, i), factor(delta))} = ${times(factor(input), factor(delta))} = ${num(input * delta)}`);
      return lines([...deltasDown(v, l + 1), [...nodeDelta(v, l, j), source, product]]);
    }
    default: {
      const never: never = by;
      throw new Error(`unhandled quantity ${JSON.stringify(never)}`);
    }
  }
}

function lines(groups: string[][]): string {
  return groups.map((steps) => steps.join('; ')).join(';\n') + '.';
}

/** a^(0) = x, then z and a of every layer below `layer`, then z (and a) of the node asked about. */
function forwardTo(v: Values, layer: number, node: number, withA: boolean): string[][] {
  const out: string[][] = [[math(`${a(0)} = x = ${vec(v.fwd.x)}`)]];
  for (let k = 1; k < layer; k++) {
    const zk = `(W^{(${k})})^T ${a(k - 1)}${v.net.biases ? ` + b^{(${k})}` : ''}`;
    out.push([math(`${z(k)} = ${zk} = ${vec(v.fwd.z[k - 1] ?? [])}`), math(`${a(k)} = ${g(act(v, k), z(k))} = ${vec(v.fwd.a[k - 1] ?? [])}`)]);
  }
  const last = [zSum(v, layer, node)];
  if (withA) last.push(activation(v, layer, node));
  return [...out, last];
}

/** a^(l)_j = g(z^(l)_j) in numbers: `ReLU(-2) = 0`; just the value for a linear layer. */
function activation(v: Values, l: number, j: number): string {
  const applied = g(act(v, l), num(zAt(v, l, j)));
  const value = num(aAt(v, l, j));
  return math(`${a(l, j)} = ${applied === value ? value : `${applied} = ${value}`}`);
}

/** z^(l)_j = sum_i W^(l)_ij a^(l-1)_i (+ b^(l)_j), in symbols and in numbers. */
function zSum(v: Values, l: number, j: number): string {
  const rows = nodes(width(v, l - 1));
  const bias = v.net.biases?.[l - 1]?.[j - 1];
  const symbols = sum([...rows.map((i) => `${w(l, i, j)} ${a(l - 1, i)}`), ...(bias === undefined ? [] : [b(l, j)])]);
  const numbers = sum([...rows.map((i) => times(factor(v.net.weights[l - 1]?.[i - 1]?.[j - 1] ?? Number.NaN), factor(aAt(v, l - 1, i)))), ...(bias === undefined ? [] : [factor(bias)])]);
  return math(`${z(l, j)} = ${symbols} = ${numbers} = ${num(zAt(v, l, j))}`);
}

/** dH/dz of every layer from the output down to `lowest`, a vector per layer (a node for a one-node layer). */
function deltasDown(v: Values, lowest: number): string[][] {
  const out: string[][] = [];
  for (let m = depthOf(v); m >= lowest; m--) {
    if (width(v, m) === 1) {
      out.push(nodeDelta(v, m, 1));
      continue;
    }
    const gp = (v.fwd.z[m - 1] ?? []).map((zz) => derivative(act(v, m), zz));
    out.push([
      math(`${d(a(m))} = W^{(${m + 1})} \\, ${d(z(m + 1))} = ${vec(v.bwd.dH_da[m - 1] ?? [])}`),
      `${math(`${z(m)} = ${vec(v.fwd.z[m - 1] ?? [])}`)}, so ${math(`g'(${z(m)}) = ${vec(gp)}`)}`,
      math(`${d(z(m))} = ${vec(v.bwd.dH_dz[m - 1] ?? [])}`),
    ]);
  }
  return out;
}

/** At one node: z and g'(z), dH/da as a sum over the layer above, and their product dH/dz. */
function nodeDelta(v: Values, l: number, j: number): string[] {
  const zj = zAt(v, l, j);
  const gp = derivative(act(v, l), zj);
  const da = v.bwd.dH_da[l - 1]?.[j - 1] ?? Number.NaN;
  return [
    `${math(`${z(l, j)} = ${num(zj)}`)}, so ${math(`g'(${z(l, j)}) = ${num(gp)}`)}`,
    daSum(v, l, j),
    math(`${d(z(l, j))} = ${times(factor(da), factor(gp))} = ${num(deltaAt(v, l, j))}`),
  ];
}

/** dH/da^(l)_i = sum_k W^(l+1)_ik dH/dz^(l+1)_k; for the output node, 1; for l = 0, dH/dx_i. */
function daSum(v: Values, l: number, i: number): string {
  const L = depthOf(v);
  if (l === L) return `${math(`H = ${a(L, 1)}`)}, so ${math(`${d(a(L, 1))} = 1`)}`;
  const name = l === 0 ? d(x(i)) : d(a(l, i));
  const ks = nodes(width(v, l + 1));
  const symbols = sum(ks.map((k) => times(w(l + 1, i, k), factor(deltaAt(v, l + 1, k)))));
  const numbers = sum(ks.map((k) => times(factor(v.net.weights[l]?.[i - 1]?.[k - 1] ?? Number.NaN), factor(deltaAt(v, l + 1, k)))));
  const value = l === 0 ? v.bwd.dH_dx[i - 1] : v.bwd.dH_da[l - 1]?.[i - 1];
  return math(`${name} = ${symbols} = ${numbers} = ${num(value ?? Number.NaN)}`);
}
