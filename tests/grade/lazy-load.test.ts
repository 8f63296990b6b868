// Its own file: vitest gives each test file a fresh module graph, so mathjs
// has not been loaded by another test here.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const mathjsInRequireCache = (): boolean =>
  Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes('/node_modules/mathjs/'));

describe('mathjs is loaded lazily', () => {
  it('is not loaded by importing the grader, nor by plain literals or obviously bad text', async () => {
    const { grade, isMathLoaded, parseNumber, parseVector } = await import('../../src/grade/index.js');
    expect(isMathLoaded()).toBe(false);
    expect(parseNumber('-14').ok).toBe(true);
    expect(parseVector('(4, -9.5)', 2).ok).toBe(true);
    expect(grade({ kind: 'number', answer: -14 }, '-14.0')).toMatchObject({ correct: true });
    for (const bad of ['abc', '1 to cm', 'x=1', '[].constructor', '(((1))', '1'.repeat(300)]) {
      expect(parseNumber(bad).ok).toBe(false);
    }
    expect(isMathLoaded()).toBe(false);
    expect(mathjsInRequireCache()).toBe(false);

    expect(parseNumber('1/2')).toEqual({ ok: true, value: { value: 0.5 } });
    expect(isMathLoaded()).toBe(true);
    expect(mathjsInRequireCache()).toBe(true);
  });
});
