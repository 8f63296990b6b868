import { describe, expect, it } from 'vitest';
import { Recent } from '../../src/template/recent.js';
import { fillTexts, substitute, substituteOnce } from '../../src/template/substitute.js';

const template = {
  id: 't',
  params: { n: { int: [1, 3] } },
  prompt: 'A layer of {{n}} nodes, {{n*2}} in all.',
  network: { layers: ['=n', 1], input: ['=n/2'] },
  parts: [{ prompt: 'How many?', kind: 'number', answer: '=n + 1', explanation: 'It is {{n + 1}}; =n stays text here.' }],
};

describe('substitute', () => {
  it('puts numbers in data and numbers written out in text, and says where each number went', () => {
    const r = substitute(template, { n: 3 });
    expect(r.ok && r.value).toEqual({
      ...template,
      prompt: 'A layer of 3 nodes, 6 in all.',
      network: { layers: [3, 1], input: [1.5] },
      parts: [{ ...template.parts[0], answer: 4, explanation: 'It is 4; =n stays text here.' }],
    });
    expect(r.ok && r.numbers).toEqual([
      { path: ['network', 'layers', 0], value: 3 },
      { path: ['network', 'input', 0], value: 1.5 },
      { path: ['parts', 0, 'answer'], value: 4 },
    ]);
  });

  it('leaves prose for later with texts: false, and fillTexts writes it into copies', () => {
    const r = substitute(template, { n: 2 }, { texts: false });
    if (!r.ok) throw new Error(r.error);
    const draw = r.value as typeof template;
    expect(draw.prompt).toBe(template.prompt);
    const filled = fillTexts(r, { n: 2 });
    if (!filled.ok) throw new Error(filled.error);
    const value = filled.value as typeof template;
    expect(value.prompt).toBe('A layer of 2 nodes, 4 in all.');
    expect(value.parts[0]!.explanation).toBe('It is 3; =n stays text here.');
    expect(filled.unfilled).toEqual([]);
    // The draw is not changed (keys are remembered by its objects), and what holds no text is shared.
    expect(draw.prompt).toBe(template.prompt);
    expect(draw.parts[0]!.explanation).toBe(template.parts[0]!.explanation);
    expect(value.network).toBe(draw.network);
  });

  it('keeps a key named __proto__ as data, in a draw and when its texts are filled', () => {
    const raw = JSON.parse('{"prompt": "P", "extra": {"__proto__": {"text": "n is {{n}}", "x": "=n"}}, "network": {"__proto__": "=n"}}') as object;
    const r = substitute(raw, { n: 2 }, { texts: false });
    if (!r.ok) throw new Error(r.error);
    const filled = fillTexts(r, { n: 2 });
    if (!filled.ok) throw new Error(filled.error);
    const extra = (filled.value as { extra: object }).extra;
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(extra, '__proto__')?.value).toEqual({ text: 'n is 2', x: '=n' });
    const network = (filled.value as { network: object }).network;
    expect(Object.getPrototypeOf(network)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(network, '__proto__')?.value).toBe(2);
  });

  it('gives every call objects of its own', () => {
    const a = substitute(template, { n: 1 });
    const b = substitute(template, { n: 1 });
    expect(a.ok && b.ok && a.value !== b.value && (a.value as typeof template).parts !== (b.value as typeof template).parts).toBe(true);
    expect(a.ok && b.ok && a.value).toEqual(b.ok && b.value);
  });

  it('locates an expression that fails, in text and in data', () => {
    expect(substitute(template, {})).toMatchObject({ ok: false, path: ['prompt'] });
    const r = substitute(template, {}, { texts: false });
    expect(r).toMatchObject({ ok: false, path: ['network', 'layers', 0] });
    const late = substitute({ ...template, network: {}, parts: [] }, {}, { texts: false });
    expect(late.ok && fillTexts(late, {})).toMatchObject({ ok: false, path: ['prompt'] });
  });
});

describe('substituteOnce', () => {
  it('returns a problem with nothing to substitute as it is (the schema copies it)', () => {
    const fixed = { id: 'f', prompt: 'No {braces} here', network: { layers: [2, 1] }, parts: [{ answer: 1, explanation: 'x = y' }] };
    const r = substituteOnce(fixed, {});
    expect(r.ok && r.value).toBe(fixed);
  });

  it('substitutes a copy when something is written =expr or {{expr}}', () => {
    const fixed = { id: 'f', prompt: 'Twice two is {{2*2}}', network: { layers: ['=1+1', 1] }, parts: [] };
    const r = substituteOnce(fixed, {});
    expect(r.ok && r.value).toEqual({ ...fixed, prompt: 'Twice two is 4', network: { layers: [2, 1] } });
    expect(fixed.prompt).toBe('Twice two is {{2*2}}');
  });
});

describe('Recent', () => {
  it('makes a value once per key while it is among the latest, and forgets the oldest', () => {
    const made: string[] = [];
    const recent = new Recent<{ id: string }, string>(2);
    const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const get = (k: { id: string }) => recent.get(k, (key) => (made.push(key.id), key.id.toUpperCase()));
    expect([get(a), get(a), get(b), get(a)]).toEqual(['A', 'A', 'B', 'A']);
    get(c); // a is the oldest entry: dropped
    get(a);
    expect(made).toEqual(['a', 'b', 'c', 'a']);
  });
});
