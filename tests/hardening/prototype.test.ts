/**
 * Issue 19, the prototype: no key of a bank and no word typed at a prompt
 * reaches Object.prototype or an object's prototype.
 *
 * - `__proto__` at any level of a bank is refused, located at the key. The
 *   YAML libraries keep it as a plain key, but a copy made by assignment
 *   (a validator's record, a template's substitution) set the copy's
 *   prototype, and a template could smuggle `tolerance: {abs: 1000}` past
 *   the strict schema: 500 was graded right for a key of 1 to 5.
 * - `constructor` and `prototype` are plain keys: unknown where the map is
 *   strict, names where the map is a record (a parameter may be called so).
 * - The control-word lookup was an object literal, so `constructor` typed at
 *   a prompt found Object.prototype's and was taken as a control word
 *   (marked wrong). Any such word is read as an answer: a format error.
 */
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import { controlWord } from '../../src/session/control.js';
import { runDrill } from '../../src/session/drill.js';
import { bundledProblem } from '../helpers/bank.js';
import { END, fakeClock, scriptedUi } from '../helpers/fake-ui.js';

/** A bank touching every kind of map a bank has; `@` marks where a hostile key goes, one place at a time. */
const LINES = [
  'title: Prototype keys.@0',
  'problems:',
  '  - id: fixed',
  '    tags: [t]',
  '    prompt: A network.@1',
  '    network:',
  '      layers: [1, 1]',
  '      activations: [linear]',
  '      weights: [[[2]]]',
  '      input: [3]@2',
  '    figure: { weights: [1] }@3',
  '    given:',
  '      n: 3@4',
  '    parts:',
  '      - prompt: What is H?',
  '        kind: number',
  '        answer: 6',
  '        tolerance: { abs: 0.5 }@5',
  '        compute: { of: H }@6',
  '        explanation: Two times three.@7',
  '  - id: template',
  '    tags: [t]',
  '    params:',
  '      x: { int: [1, 5] }@8',
  '    derived:',
  '      y: x + 1@9',
  '    pinned:',
  '      1: { x: 2 }@10',
  '    prompt: Say {{x}}.@11',
  '    parts:',
  '      - prompt: What is x?',
  '        kind: number',
  '        answer: =x',
  '        explanation: It is x.@12',
  '  - id: descent',
  '    tags: [t]',
  '    prompt: A step.',
  '    descent:',
  '      model: linear',
  '      data: [[1, 3], [2, 3]]',
  '      weights: [0, 0]',
  '      rate: 0.5@13',
  '    parts:',
  '      - prompt: The step?',
  '        kind: vector',
  '        compute: { of: descent-step }',
  '        explanation: One step.',
];

/** The bank with `key: value` added as the last entry of the map marked `at` (a flow map gets it inside its braces). */
function bankWith(at: number, key: string, value = '{ polluted: 1 }'): { text: string; line: number } {
  let line = 0;
  const lines = LINES.map((l, i) => {
    const m = /^(.*)@(\d+)$/.exec(l);
    if (!m) return l;
    if (Number(m[2]) !== at) return m[1]!;
    line = i + 2;
    const body = m[1]!;
    if (body.trimEnd().endsWith('}')) {
      line = i + 1;
      return body.replace(/ ?\}$/, `, ${key}: ${value} }`);
    }
    const indent = /^ */.exec(body)![0].length;
    const inner = / \{ /.test(body) ? indent + 2 : indent;
    return `${body}\n${' '.repeat(body.includes(': {') ? inner : indent)}${key}: ${value}`;
  });
  return { text: lines.join('\n') + '\n', line };
}

const PLACES = Array.from({ length: 14 }, (_, i) => i);

function clean(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
}

describe('`__proto__` at every level of a bank', () => {
  it('the bank without it loads (so each case below fails for the key alone)', () => {
    const r = loadBank('b.yaml', bankWith(-1, '').text);
    expect(r.ok, JSON.stringify(!r.ok && r.diagnostics)).toBe(true);
  });

  it.each(PLACES)('place %i: refused as unknown-key at its line, nothing polluted', (at) => {
    const { text, line } = bankWith(at, '__proto__');
    const r = loadBank('b.yaml', text);
    expect(r.ok).toBe(false);
    const d = !r.ok ? r.diagnostics : [];
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: 'unknown-key', line });
    expect(d[0]!.message).toMatch(/'__proto__' is not allowed anywhere in a bank/);
    clean();
  });

  it('quoted, as a flow key, or in JSON syntax: the same', () => {
    for (const text of [
      '{"problems": [{"id": "p", "tags": [], "prompt": "P", "parts": [{"prompt": "Q", "kind": "number", "answer": 1, "explanation": "E", "__proto__": {"tolerance": {"abs": 1000}}}]}]}',
      "problems:\n  - id: p\n    tags: []\n    prompt: P\n    parts:\n      - { prompt: Q, kind: number, answer: 1, explanation: E, '__proto__': { tolerance: { abs: 1000 } } }\n",
    ]) {
      const r = loadBank('b.yaml', text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.diagnostics[0]!.code).toBe('unknown-key');
    }
    clean();
  });

  it('the template that smuggled a tolerance past the schema (500 graded right for 1 to 5) is refused', () => {
    const text = [
      'problems:',
      '  - id: proto-t',
      '    tags: [t]',
      '    params:',
      '      x: { int: [1, 5] }',
      '    prompt: Say {{x}}.',
      '    parts:',
      '      - prompt: What is x?',
      '        kind: number',
      '        answer: =x',
      '        explanation: It is x.',
      '        __proto__: { tolerance: { abs: 1000 } }',
      '',
    ].join('\n');
    const r = loadBank('b.yaml', text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.diagnostics[0]).toMatchObject({ code: 'unknown-key', line: 12, col: 9 });
  });
});

describe('`constructor` and `prototype` are plain keys', () => {
  it.each(PLACES.flatMap((at) => ['constructor', 'prototype'].map((key) => [at, key] as const)))('place %i, %s: never a crash, never pollution', (at, key) => {
    const { text } = bankWith(at, key);
    const r = loadBank('b.yaml', text);
    if (!r.ok) for (const d of r.diagnostics) expect(['unknown-key', 'invalid-value', 'wrong-type', 'bad-template']).toContain(d.code);
    clean();
  });

  it('a parameter named constructor is a parameter like any other', () => {
    const text = bankWith(-1, '').text.replace('x: { int: [1, 5] }', 'x: { int: [1, 5] }\n      constructor: { int: [7, 7] }').replace('Say {{x}}.', 'Say {{x}} and {{constructor}}.');
    const r = loadBank('b.yaml', text);
    expect(r.ok, JSON.stringify(!r.ok && r.diagnostics)).toBe(true);
    const t = r.ok ? r.bank.problems.find((p) => p.raw.id === 'template') : undefined;
    expect(t?.first.data.prompt).toBe('Say 2 and 7.');
  });
});

describe('control words never reach the prototype', () => {
  const WORDS = ['constructor', 'CONSTRUCTOR', 'Constructor', '__proto__', '__PROTO__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__lookupGetter__'];

  it.each(WORDS)('%s is no control word', (w) => {
    expect(controlWord(w)).toBeUndefined();
    expect(controlWord(` ${w} `)).toBeUndefined();
  });

  it('the real ones still are, in any case', () => {
    expect(['?', 'help', 'SKIP', ' quit ', 'Exit'].map(controlWord)).toEqual(['help', 'help', 'skip', 'quit', 'quit']);
  });

  it('typed at a number prompt, each is a format error, and the next line answers the part', async () => {
    const clock = fakeClock();
    const problem = bundledProblem('backprop-partial-facts-a');
    const ui = scriptedUi([...WORDS, '-14', END], clock);
    const session = await runDrill([problem], ui, { clock: clock.now, explain: 'never' });
    expect(ui.messages.map((m) => m.text)).toEqual(WORDS);
    expect(session.parts[0]).toMatchObject({ result: 'right', answer: '-14', formatErrors: WORDS.length });
  });
});

describe('tags named like object internals', () => {
  it('are tags: scored per tag in the session record, nothing polluted', async () => {
    const clock = fakeClock();
    const base = bundledProblem('backprop-partial-facts-a');
    const problem = { ...base, tags: ['__proto__', 'constructor'] };
    const ui = scriptedUi(['-14', END], clock);
    const session = await runDrill([problem], ui, { clock: clock.now, explain: 'never' });
    expect(Object.keys(session.tags)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(session.tags)).toBe(Object.prototype);
    expect(session.tags.__proto__).toMatchObject({ right: 1, total: 6 });
    clean();
  });
});
