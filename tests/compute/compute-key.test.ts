/**
 * Computed keys: finite, with the noise of their terms, and snapped to the
 * round number within that noise (docs/grading.md, "The exact band").
 */
import { describe, expect, it } from 'vitest';
import type { Compute, NetworkData } from '../../src/schema/data.js';
import { computeKey, computeKeyShared, copyOf } from '../../src/compute/compute-key.js';
import { snapToNoise } from '../../src/compute/noise.js';
import { grade } from '../../src/grade/grade.js';

/** Weights (0.81, -0.35) on input (9100, 21060): H = 7371 - 7371 = 0 exactly. */
const cancelling: NetworkData = { layers: [2, 1], activations: ['linear'], weights: [[[0.81], [-0.35]]], input: [9100, 21060] };
const H: Compute = { of: 'H' };

describe('a computed zero that is not zero', () => {
  it('the evaluator itself gives 1.8e-12 (the reason for the rule)', () => {
    expect(0.81 * 9100 + -0.35 * 21060).not.toBe(0);
  });

  it('is the key 0, with a noise from the size of its terms', () => {
    const c = computeKey({ network: cancelling }, H);
    expect(c).toMatchObject({ ok: true, value: 0 });
    const noise = c.ok ? (c.noise as number) : NaN;
    expect(noise).toBeCloseTo(1e-12 * (0.81 * 9100 + 0.35 * 21060), 20);
  });

  it('so a student who types 0 is right, and 1e-6 is wrong', () => {
    const c = computeKey({ network: cancelling }, H);
    if (!c.ok) throw new Error(c.error);
    const key = { kind: 'number' as const, answer: c.value as number, noise: c.noise as number };
    expect(grade(key, '0')).toMatchObject({ correct: true, expected: '0' });
    expect(grade(key, '1e-6')).toMatchObject({ correct: false });
  });

  it('snaps only to a round number within the noise', () => {
    expect(snapToNoise(1.8e-12, 1.5e-8)).toBe(0);
    expect(snapToNoise(0.30000000000000004, 1e-12)).toBe(0.3);
    expect(snapToNoise(10.666666666666666, 1e-11)).toBe(10.666666666666666);
    expect(snapToNoise(0.45016600271, 1e-12)).toBe(0.45016600271);
    expect(snapToNoise(-1e-17, 1e-16)).toBe(0);
    expect(Object.is(snapToNoise(-1e-17, 1e-16), -0)).toBe(false);
  });

  it('keeps the noise of every layer of a deep network small against its terms', () => {
    const deep: NetworkData = {
      layers: [2, 2, 2, 1], activations: ['relu', 'sigmoid', 'linear'],
      weights: [[[1, 2], [3, 4]], [[0.5, -1], [1, 1]], [[2], [-3]]], input: [1, -1],
    };
    for (const c of [H, { of: 'dH/dW', layer: 1, from: 1, to: 2 }, { of: 'dH/dx', node: 2 }, { of: 'z', layer: 2, node: 1 }] as Compute[]) {
      const r = computeKey({ network: deep }, c);
      expect(r.ok && (r.noise as number) > 0 && (r.noise as number) < 1e-10).toBe(true);
    }
  });
});

describe('keys that are not finite', () => {
  it('are an error, never a key', () => {
    const huge: NetworkData = { layers: [1, 1], activations: ['linear'], weights: [[[1e200]]], input: [1e200] };
    const c = computeKey({ network: huge }, H);
    expect(c.ok).toBe(false);
    expect(!c.ok && c.error).toMatch(/Infinity, not a finite number/);
  });

  it('of an expression too', () => {
    const c = computeKey({ given: { n: 1234 } }, { of: 'expression', expr: '1/(n-1234)' });
    expect(c.ok).toBe(false);
  });
});

describe('author expressions', () => {
  it('are evaluated over a scope, past the 200 characters of a typed answer', () => {
    const expr = Array.from({ length: 60 }, (_, i) => `n*${i}`).join(' + '); // about 400 characters
    expect(expr.length).toBeGreaterThan(200);
    const c = computeKey({ given: { n: 2 } }, { of: 'expression', expr });
    expect(c).toMatchObject({ ok: true, value: 2 * ((59 * 60) / 2) });
  });

  it('know pi, e and the functions a student may type, and a given name wins over a constant', () => {
    expect(computeKey({ given: {} }, { of: 'expression', expr: 'sin(pi/2) + log10(100) + ln(e)' })).toMatchObject({ ok: true, value: 4 });
    expect(computeKey({ given: { e: 2 } }, { of: 'expression', expr: 'e * 3' })).toMatchObject({ ok: true, value: 6 });
  });

  it('name an unknown name and the given ones', () => {
    const c = computeKey({ given: { n: 3 } }, { of: 'expression', expr: 'n * m' });
    expect(!c.ok && c.error).toBe(`cannot evaluate 'n * m': unknown name "m"; the given names are n`);
  });
});

describe('computeKeyShared', () => {
  const net: NetworkData = { layers: [2, 1], activations: ['sigmoid'], weights: [[[0.5], [-1.5]]], input: [1, 2] };
  const c: Compute = { of: 'z', layer: 1, node: 1 };

  it('computes a part once for the same objects, and again for other data', () => {
    const first = computeKeyShared({ network: net }, c);
    expect(computeKeyShared({ network: net }, c)).toBe(first);
    expect(first).toEqual(computeKey({ network: net }, c));
    const moved = computeKeyShared({ network: { ...net, input: [2, 2] } }, c);
    expect(moved).not.toBe(first);
    expect(moved).toMatchObject({ ok: true, value: -2 });
    expect(computeKeyShared({ network: net }, c)).toBe(first);
  });

  it('gives copies a caller may change without changing what is shared', () => {
    const vector: Compute = { of: 'dH/dW', layer: 1 };
    const shared = computeKeyShared({ network: net }, vector);
    const copy = copyOf(shared);
    expect(copy).toEqual(shared);
    if (!copy.ok || !shared.ok) throw new Error('not computed');
    expect(copy.value).not.toBe(shared.value);
    expect(copy.noise).not.toBe(shared.noise);
  });
});
