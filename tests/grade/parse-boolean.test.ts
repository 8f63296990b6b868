import { describe, expect, it } from 'vitest';
import { parseBoolean } from '../../src/grade/parse-boolean.js';

describe('parseBoolean', () => {
  it.each([
    ['t', true],
    ['True', true],
    ['  YES ', true],
    ['y', true],
    ['F', false],
    ['false', false],
    ['No', false],
    [' n\t', false],
  ])('%j -> %s', (text, value) => {
    expect(parseBoolean(text)).toEqual({ ok: true, value });
  });

  it.each(['', '  ', 'tru', 'maybe', '1', '0', 'yes no', '#?'])('%j is a format error', (text) => {
    const r = parseBoolean(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.hint).toContain('true or false');
  });
});
