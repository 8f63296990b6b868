import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedFormats, grade } from '../../src/grade/index.js';
import { numberHint, vectorHint } from '../../src/grade/hints.js';
import { parseNumber } from '../../src/grade/parse-number.js';
import { parseVector } from '../../src/grade/parse-vector.js';

/** The numbers a hint shows as examples, read back with the grader's own parser. */
function exampleValues(hint: string): number[] {
  const examples = /such as (.*?), or arithmetic|such as \((.*?)\)/.exec(hint);
  const list = (examples?.[1] ?? examples?.[2] ?? '').split(/, | or /);
  return list.flatMap((e) => {
    const r = parseNumber(e);
    return r.ok ? [r.value.value] : [];
  });
}

describe('format hints never show a key of the part', () => {
  it.each([-14, 12, 0.25, 0.5, 2e-3, 14, -6, 30, 4, 9, 2 / 3])('a number part with key %d', (key) => {
    const hint = grade({ kind: 'number', answer: key }, 'abc');
    if (hint.status !== 'format-error') throw new Error('expected a format error');
    const shown = exampleValues(hint.hint);
    expect(shown).toHaveLength(4);
    for (const v of shown) expect(Math.abs(v)).not.toBeCloseTo(Math.abs(key), 9);
    expect(acceptedFormats({ kind: 'number', answer: key })).toContain(hint.hint);
  });

  it('a vector part with key (4, 9): examples use neither 4 nor 9', () => {
    const hint = grade({ kind: 'vector', answer: [4, 9] }, '4');
    if (hint.status !== 'format-error') throw new Error('expected a format error');
    expect(hint.hint).toMatch(/^2 numbers such as \(-2, 7\), \[-2, 7\], -2, 7 or -2 7;/);
    expect(acceptedFormats({ kind: 'vector', answer: [4, 9] })).toContain('such as (-2, 7)');
  });

  it('for any key, no example equals a key number or its negation, and every example parses', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 6 }), (keys) => {
        for (const v of exampleValues(numberHint(keys))) expect(keys.some((k) => Math.abs(k) === Math.abs(v))).toBe(false);
        const hint = vectorHint(keys.length, keys);
        const example = /such as (\(.*?\))/.exec(hint)?.[1] ?? '';
        const parsed = parseVector(example, keys.length);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) for (const c of parsed.value) expect(keys.some((k) => Math.abs(k) === Math.abs(c.value))).toBe(false);
      }),
    );
  });
});
