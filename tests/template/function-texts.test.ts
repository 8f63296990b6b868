import { describe, expect, it } from 'vitest';
import { functionTexts } from '../../src/template/function-texts.js';
import { substitute } from '../../src/template/substitute.js';

describe('functionTexts (the build derives these ahead)', () => {
  it('is the function itself when it has no {{...}}', () => {
    expect(functionTexts('a*(w - c)^2', { a: { int: [1, 3] } })).toEqual(['a*(w - c)^2']);
  });

  it('is every text a variant can write when the parameters read have few values', () => {
    const params = { a: { choice: [2, 0.5] }, k: { int: [1, 3], not: [2] } };
    const texts = functionTexts('{{a}} * w^2 + {{k + 1}}', params);
    expect(texts).toEqual(['2 * w^2 + 2', '2 * w^2 + 4', '0.5 * w^2 + 2', '0.5 * w^2 + 4']);
    // Written as substitute writes the variant's own function.
    const sub = substitute({ descent: { function: '{{a}} * w^2 + {{k + 1}}' } }, { a: 0.5, k: 3 });
    expect(sub.ok && (sub.value as { descent: { function: string } }).descent.function).toBe(texts[3]);
  });

  it('is none when a parameter has many values, or is derived', () => {
    expect(functionTexts('{{a}} * w^2', { a: { decimal: [1, 2] } })).toEqual([]);
    expect(functionTexts('{{a}} * w^2', { a: { int: [1, 1000] } })).toEqual([]);
    expect(functionTexts('{{b}} * w^2', { a: { int: [1, 3] } })).toEqual([]);
  });
});
