import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';
import { runInMemory } from '../helpers/memory-io.js';

/*
 * `quizdrill nn` on networks with a loss, checked against a reference
 * written here from the definitions (z = W a + b with W a row per
 * destination node, the activations and losses by their formulas) and
 * central finite differences of the loss. Nothing here calls src/nn.
 */

const dir = mkdtempSync(join(tmpdir(), 'quizdrill-nn-loss-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function nnJson(path: string): Promise<Record<string, unknown>> {
  const r = await runInMemory(['nn', '--json', path]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

type Act = 'tanh' | 'sigmoid' | 'relu' | 'linear' | 'softmax';
type LossName = 'square' | 'half-square' | 'cross-entropy' | 'binary-cross-entropy';
/** W[l][j][i]: to node j of layer l+1 from node i of layer l, always to-from here. */
interface Ref { acts: Act[]; W: number[][][]; b: number[][]; loss: LossName }
/** Add h to one z, a or x while evaluating (layer 0 of `a` is x). */
interface Poke { kind: 'z' | 'a'; layer: number; node: number; h: number }

const g = (act: Act, z: number[]): number[] => {
  if (act === 'softmax') {
    const e = z.map(Math.exp);
    const s = e.reduce((p, v) => p + v, 0);
    return e.map((v) => v / s);
  }
  const one = { tanh: Math.tanh, sigmoid: (v: number) => 1 / (1 + Math.exp(-v)), relu: (v: number) => Math.max(0, v), linear: (v: number) => v }[act];
  return z.map(one);
};

function refPass(r: Ref, x: number[], poke?: Poke): { z: number[][]; a: number[][] } {
  const bump = (v: number[], kind: 'z' | 'a', layer: number): number[] => v.map((e, j) => (poke?.kind === kind && poke.layer === layer && poke.node === j + 1 ? e + poke.h : e));
  let a = bump(x, 'a', 0);
  const zs: number[][] = [];
  const as: number[][] = [];
  r.W.forEach((w, l) => {
    const z = bump(w.map((row, j) => row.reduce((s, wji, i) => s + wji * (a[i] ?? 0), r.b[l]?.[j] ?? 0)), 'z', l + 1);
    a = bump(g(r.acts[l]!, z), 'a', l + 1);
    zs.push(z);
    as.push(a);
  });
  return { z: zs, a: as };
}

function refLoss(r: Ref, x: number[], y: number[], poke?: Poke): number {
  const yhat = refPass(r, x, poke).a.at(-1)!;
  switch (r.loss) {
    case 'square': return yhat.reduce((s, v, k) => s + (v - y[k]!) ** 2, 0);
    case 'half-square': return yhat.reduce((s, v, k) => s + (v - y[k]!) ** 2, 0) / 2;
    case 'cross-entropy': return -yhat.reduce((s, v, k) => s + y[k]! * Math.log(v), 0);
    case 'binary-cross-entropy': return -(y[0]! * Math.log(yhat[0]!) + (1 - y[0]!) * Math.log(1 - yhat[0]!));
  }
}

const H = 1e-5;
const diff = (f: (h: number) => number): number => (f(H) - f(-H)) / (2 * H);
const withW = (r: Ref, l: number, j: number, i: number, h: number): Ref => ({ ...r, W: r.W.map((m, k) => m.map((row, jj) => row.map((v, ii) => (k === l && jj === j && ii === i ? v + h : v)))) });
const withB = (r: Ref, l: number, j: number, h: number): Ref => ({ ...r, b: r.b.map((v, k) => v.map((e, jj) => (k === l && jj === j ? e + h : e))) });

/** Every entry of `actual` within 1e-6 (relative beyond 1) of `expected`. */
function near(actual: unknown, expected: number[] | number[][]): void {
  const a = (actual as (number | number[])[]).flat();
  const e = expected.flat();
  expect(a).toHaveLength(e.length);
  a.forEach((v, k) => expect(Math.abs(v - e[k]!)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(e[k]!))));
}

/** FD of `loss` in every W (in to-from: [j][i]) and b of `r`. */
function gradients(r: Ref, loss: (s: Ref) => number): { W: number[][][]; b: number[][] } {
  return {
    W: r.W.map((m, l) => m.map((row, j) => row.map((_, i) => diff((h) => loss(withW(r, l, j, i, h)))))),
    b: r.b.map((v, l) => v.map((_, j) => diff((h) => loss(withB(r, l, j, h))))),
  };
}

type Layer = Record<'z' | 'a' | 'dL_dz' | 'dL_da' | 'dL_db', number[]> & { dL_dW: number[][] };

describe('nn --json: a to-from network with several outputs, biases, softmax and cross-entropy', () => {
  const ref: Ref = {
    acts: ['tanh', 'softmax'],
    W: [[[0.5, -1, 0.25], [1.5, 0.5, -0.75]], [[1, -1], [0.5, 2], [-1.5, 0.25]]],
    b: [[0.1, -0.2], [0, 0.3, -0.4]],
    loss: 'cross-entropy',
  };
  const x = [1, -2, 0.5];
  const y = [0, 1, 0];
  const path = file('softmax.yaml', `network:
  layers: [3, 2, 3]
  activations: [tanh, softmax]
  layout: to-from
  weights:
    - [[0.5, -1, 0.25], [1.5, 0.5, -0.75]]
    - [[1, -1], [0.5, 2], [-1.5, 0.25]]
  biases: [[0.1, -0.2], [0, 0.3, -0.4]]
  input: [1, -2, 0.5]
  loss: cross-entropy
  target: [0, 1, 0]
`);

  it('prints the loss and the output as a list', async () => {
    const out = await nnJson(path);
    const yhat = refPass(ref, x).a[1]!;
    // By hand: the loss is minus the log of the probability of the true class.
    expect(out.loss).toBeCloseTo(-Math.log(yhat[1]!), 12);
    near(out.output, yhat);
    expect(Object.keys(out)).toEqual(['loss', 'output', 'dL_dx', 'layers']);
  });

  it('gives z and a of the reference pass, and every derivative as finite differences of the loss', async () => {
    const out = await nnJson(path);
    const layers = out.layers as Layer[];
    const pass = refPass(ref, x);
    const fd = gradients(ref, (r) => refLoss(r, x, y));
    layers.forEach((layer, l) => {
      near(layer.z, pass.z[l]!);
      near(layer.a, pass.a[l]!);
      // dL_dW in the file's own layout (to-from): the row is the destination node.
      near(layer.dL_dW, fd.W[l]!);
      near(layer.dL_db, fd.b[l]!);
      near(layer.dL_dz, pass.z[l]!.map((_, j) => diff((h) => refLoss(ref, x, y, { kind: 'z', layer: l + 1, node: j + 1, h }))));
      near(layer.dL_da, pass.a[l]!.map((_, j) => diff((h) => refLoss(ref, x, y, { kind: 'a', layer: l + 1, node: j + 1, h }))));
    });
    near(out.dL_dx, x.map((_, i) => diff((h) => refLoss(ref, x, y, { kind: 'a', layer: 0, node: i + 1, h }))));
  });

  it('the reference can fail: the from-to matrix is not the to-from one', async () => {
    const layers = (await nnJson(path)).layers as Layer[];
    const transposed = layers[0]!.dL_dW[0]!.map((_, i) => layers[0]!.dL_dW.map((row) => row[i]!));
    expect(() => near(transposed, gradients(ref, (r) => refLoss(r, x, y)).W[0]!)).toThrow();
  });

  it('prints the table with L, the output and the target, and matrices in the file\'s layout', async () => {
    const r = await runInMemory(['nn', path]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^L = 0\.\d+$/);
    expect(lines[1]).toMatch(/^output = \(0\.\d+, 0\.\d+, 0\.\d+\)$/);
    expect(lines[2]).toBe('target = (0, 1, 0)');
    expect(r.stdout).toContain('W(2)  from 1  from 2\nto 1       1      -1\n');
    expect(r.stdout).toMatch(/^dL\/dW\(2\) +from 1 +from 2$/m);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});

describe('nn --json: one output node', () => {
  it('prints the output as a number (binary cross-entropy after a sigmoid, from-to)', async () => {
    const path = file('bce.yaml', 'layers: [2, 1]\nactivations: [sigmoid]\nweights: [[[1], [-1]]]\ninput: [2, 1]\nloss: binary-cross-entropy\ntarget: 1\n');
    const out = await nnJson(path);
    // z = 2 - 1 = 1, ŷ = σ(1), L = -ln σ(1), dL/dz = ŷ - 1, dL/dW_i1 = x_i (ŷ - 1).
    const s = 1 / (1 + Math.exp(-1));
    expect(out.output).toBeCloseTo(s, 12);
    expect(out.loss).toBeCloseTo(-Math.log(s), 12);
    near((out.layers as Layer[])[0]!.dL_dW, [[2 * (s - 1)], [s - 1]]);
  });
});

describe('nn --json: data', () => {
  const ref: Ref = { acts: ['relu', 'linear'], W: [[[1, -0.5], [0.25, 2]], [[1.5, -1], [0.5, 0.75]]], b: [[0.2, -0.1], [0, 0.5]], loss: 'square' };
  const data = [{ x: [1, 2], y: [1, 0] }, { x: [-1, 0.5], y: [0, 2] }, { x: [2, -1], y: [0.5, 0.5] }];
  const text = (reduce: string): string => `layers: [2, 2, 2]
activations: [relu, linear]
layout: to-from
weights:
  - [[1, -0.5], [0.25, 2]]
  - [[1.5, -1], [0.5, 0.75]]
biases: [[0.2, -0.1], [0, 0.5]]
loss: square
${reduce}data:
  - { input: [1, 2], target: [1, 0] }
  - { input: [-1, 0.5], target: [0, 2] }
  - { input: [2, -1], target: [0.5, 0.5] }
`;
  const risk = (r: Ref, mean: boolean): number => data.reduce((s, p) => s + refLoss(r, p.x, p.y), 0) / (mean ? data.length : 1);

  it.each([['mean', ''], ['sum', 'reduce: sum\n']])('%s: the risk and its gradients over the data, each point\'s own z and a', async (reduce, line) => {
    const out = await nnJson(file(`data-${reduce}.yaml`, text(line)));
    const mean = reduce === 'mean';
    expect(out.loss).toBeCloseTo(risk(ref, mean), 12);
    expect(out.reduce).toBe(reduce);
    const fd = gradients(ref, (r) => risk(r, mean));
    (out.layers as Layer[]).forEach((layer, l) => {
      expect(Object.keys(layer)).toEqual(['dL_dW', 'dL_db']);
      near(layer.dL_dW, fd.W[l]!);
      near(layer.dL_db, fd.b[l]!);
    });
    const points = out.points as { input: number[]; target: number[]; loss: number; layers: Layer[] }[];
    expect(points).toHaveLength(3);
    points.forEach((p, i) => {
      const pass = refPass(ref, data[i]!.x);
      expect(p.input).toEqual(data[i]!.x);
      expect(p.loss).toBeCloseTo(refLoss(ref, data[i]!.x, data[i]!.y), 12);
      p.layers.forEach((layer, l) => {
        near(layer.z, pass.z[l]!);
        near(layer.a, pass.a[l]!);
      });
    });
  });
});

describe('nn without a loss', () => {
  const fixtures = join(REPO_ROOT, 'tests/fixtures/networks/no-loss');
  // The .txt and .json files were written by `nn` before losses existed.
  it.each(['readme', 'biases-sigmoid', 'wide'])('%s prints byte for byte what it printed before', async (name) => {
    const path = join(fixtures, `${name}.yaml`);
    const table = await runInMemory(['nn', path]);
    const json = await runInMemory(['nn', '--json', path]);
    expect(table.stdout).toBe(readFileSync(join(fixtures, `${name}.txt`), 'utf8'));
    expect(json.stdout).toBe(readFileSync(join(fixtures, `${name}.json`), 'utf8'));
  });
});

describe('nn: what a network with a loss must give', () => {
  it('exits 2 at the loss when the target is missing', async () => {
    const path = file('no-target.yaml', 'layers: [1, 1]\nactivations: [linear]\nweights: [[[2]]]\ninput: [1]\nloss: square\n');
    const r = await runInMemory(['nn', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path}:5:`);
    expect(r.stderr).toMatch(/add target/);
    expect(r.stdout).toBe('');
  });

  it('exits 2 when there is neither input nor data', async () => {
    const path = file('no-input.yaml', 'layers: [1, 1]\nactivations: [linear]\nweights: [[[2]]]\n');
    const r = await runInMemory(['nn', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${path.replace(/[.]/g, '\\.')}:\\d+:\\d+ .*input`));
  });
});

describe('nn: a shape error points at its key in either form of file', () => {
  it.each([
    ['top level', 'layers: [2, 1]\nactivations: [linear]\nweights: [[[1], [2]]]\ninput: [1, 2, 3]\n', 4],
    ['network block', 'network:\n  layers: [2, 1]\n  activations: [linear]\n  weights: [[[1], [2]]]\n  input: [1, 2, 3]\n', 5],
  ])('%s', async (_, text, line) => {
    const path = file(`shape-${line}.yaml`, text);
    const r = await runInMemory(['nn', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path}:${line}:`);
    expect(r.stderr).toMatch(/expected 2 input values/);
  });
});
