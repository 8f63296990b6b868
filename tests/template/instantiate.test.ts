import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import type { RawProblem } from '../../src/schema/problem.js';
import { checkSources, exitClass } from '../../src/check/check-banks.js';
import { forward } from '../../src/nn/index.js';
import { instantiate } from '../../src/template/instantiate.js';

const file = new URL('../../problems/quiz-07b-fresh.yaml', import.meta.url);
const text = readFileSync(file, 'utf8');
const loaded = loadBank('quiz-07b-fresh.yaml', text);
if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
const raw = (id: string): RawProblem => loaded.bank.problems.find((p) => p.raw.id === id)!.raw;

function keys(id: string, seed: number): unknown[] {
  const made = instantiate(raw(id), seed);
  if (!made.ok) throw new Error(JSON.stringify(made));
  return made.variant.data.parts.map((p) => p.answer);
}

describe('templates of the bundled bank', () => {
  it.each([
    ['backprop-partial-facts-fresh', 1, [-14, -1, -14, 0, -9, 0]],
    ['backprop-partial-facts-fresh', 2, [-5, 5, -5, 5, -2, -4]],
    ['param-count-fresh', 1, [29]],
    ['param-count-fresh', 2, [37]],
    ['gradient-descent-step-fresh', 1, [[4, 9]]],
    ['sgd-step-fresh', 1, [[3, 9]]],
  ])('%s at pinned seed %d gives the seed problem set\'s keys', (id, seed, expected) => {
    expect(keys(id, seed)).toEqual(expected);
  });

  it('a variant is a pure function of the seed', () => {
    const a = instantiate(raw('backprop-partial-facts-fresh'), 4242);
    const b = instantiate(raw('backprop-partial-facts-fresh'), 4242);
    expect(a).toEqual(b);
  });

  it('different seeds give different numbers, and each variant keeps its constraints', () => {
    const prompts = new Set<string>();
    for (let seed = 3; seed < 23; seed++) {
      const made = instantiate(raw('backprop-partial-facts-fresh'), seed);
      if (!made.ok) throw new Error(JSON.stringify(made));
      prompts.add(made.variant.data.prompt);
      const [da1, da2] = made.variant.data.parts.map((p) => p.answer);
      expect(da1).not.toBe(da2);
    }
    expect(prompts.size).toBeGreaterThan(15);
  });

  it('a variant shares nothing with the next one of the same template', () => {
    const first = instantiate(raw('backprop-partial-facts-fresh'), 77);
    if (!first.ok) throw new Error(JSON.stringify(first));
    const snapshot = structuredClone(first.variant.data);
    first.variant.data.parts[0]!.answer = 999;
    first.variant.data.network!.weights![1]![0]![0] = 123;
    first.variant.data.parts[0]!.prompt = 'changed';
    const again = instantiate(raw('backprop-partial-facts-fresh'), 77);
    expect(again.ok && again.variant.data).toEqual(snapshot);
  });

  it('constraints on forward values hold in every kept variant', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const made = instantiate(raw('backprop-partial-facts-fresh'), seed);
      if (!made.ok) throw new Error(JSON.stringify(made));
      const n = made.variant.data.network!;
      const fwd = forward({ layers: n.layers, activations: n.activations!, weights: n.weights! }, n.input!);
      expect(fwd.z[1]!.every((z) => z > 0)).toBe(true);
    }
  });

  it('integer-keys holds for every gradient-descent variant', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const [step] = keys('gradient-descent-step-fresh', seed) as number[][];
      expect(step!.every(Number.isInteger)).toBe(true);
    }
  });

  it('check verifies 200 variants of each template', () => {
    const report = checkSources([{ file: 'v.yaml', text }]);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.variants).toBe(4 * 200 - 4);
  });
});

describe('a template that cannot be satisfied', () => {
  const broken = text
    .replace('      - z21 > 0\n', '      - z2_1 > 0 and z2_1 < 0\n')
    .replace(/    pinned:\n(?:      .*\n)+/, '');

  it('a pinned seed that breaks a constraint is named', () => {
    const report = checkSources([{ file: 'v.yaml', text: text.replace('      - z21 > 0\n', '      - z2_1 > 100\n') }]);
    expect(report.diagnostics[0]!.message).toMatch(/pinned seed 1 breaks the constraint 'z2_1 > 100'/);
  });

  it('fails check with exit 2 at the constraint', () => {
    const report = checkSources([{ file: 'v.yaml', text: broken }]);
    expect(exitClass(report)).toBe(2);
    const d = report.diagnostics[0]!;
    expect(d.code).toBe('bad-template');
    expect(d.line).toBe(broken.split('\n').findIndex((l) => l.includes('z2_1 > 0 and z2_1 < 0')) + 1);
    expect(d.message).toMatch(/no variant satisfies the constraints in 1000 draws/);
  });

  it('names an unknown name in a derived value at its line', () => {
    const report = checkSources([{ file: 'v.yaml', text: text.replace('da1: w11*d1 + w12*d2', 'da1: w11*d1 + w13*d2') }]);
    expect(report.diagnostics[0]).toMatchObject({ code: 'bad-template' });
    expect(report.diagnostics[0]!.message).toMatch(/unknown name 'w13'/);
  });
});
