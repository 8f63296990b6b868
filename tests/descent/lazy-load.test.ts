// Its own file: vitest gives each test file a fresh module graph, so mathjs
// has not been loaded by another test here.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const mathjsLoaded = (): boolean => Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes('/node_modules/mathjs/'));

describe("mathjs's derivative is loaded lazily", { timeout: 120_000 }, () => {
  it('is not loaded by importing the evaluator, nor by a linear model, nor by a function the screen refuses', async () => {
    const { computeKey } = await import('../../src/compute/compute-key.js');
    expect(computeKey({ descent: { model: 'linear', data: [[1, 3], [2, 3], [3, 6]], weights: [0, 0], rate: 0.5 } }, { of: 'descent-step' })).toMatchObject({ ok: true, value: [4, 9] });
    expect(computeKey({ descent: { function: 'x = 2', start: { x: 1 }, rate: 0.1 } }, { of: 'iterate' })).toMatchObject({ ok: false });
    expect(mathjsLoaded()).toBe(false);
    expect(computeKey({ descent: { function: 'x^2', start: { x: 1 }, rate: 0.25 } }, { of: 'iterate' })).toMatchObject({ ok: true, value: 0.5 });
    expect(mathjsLoaded()).toBe(true);
  });
});
