import { describe, expect, it } from 'vitest';
import { checkSources, exitClass } from '../../src/check/check-banks.js';

/** A true-false part, complete; `extra` lines are added to it. */
const tf = (extra = '', id = '') => `
      - ${id ? `id: ${id}\n        ` : ''}kind: true-false
        prompt: Is it?
        answer: true
        explanation: Because.${extra}`;

/** A problem whose vector key is wrong: the step is (4, 9). */
const wrongKey = `
  - id: wrong-step
    tags: [t]
    prompt: One step.
    descent: { model: linear, data: [[1, 3], [2, 3], [3, 6]], weights: [0, 0], rate: 0.5 }
    parts:
      - kind: vector
        prompt: The weights after one step?
        answer: [4, 8]
        compute: { of: descent-step }
        explanation: Worked.`;

const check = (text: string) => checkSources([{ file: 'bank.yaml', text }]);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('check reports every error of every file in one run', () => {
  it('a schema error in one problem does not hide a wrong key in the next', () => {
    const text = `problems:\n  - id: broken\n    tags: [t]\n    prompt: p\n    parts:${tf('\n        colour: red')}${wrongKey}\n`;
    const r = check(text);
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(['key-mismatch', 'unknown-key']);
    expect(r.diagnostics.find((d) => d.code === 'key-mismatch')!.line).toBe(lineOf(text, 'answer: [4, 8]'));
    expect(exitClass(r)).toBe(2);
  });

  it('an unknown top-level key does not hide a wrong key in the problems', () => {
    const text = `titel: A bank\nproblems:${wrongKey}\n`;
    const codes = check(text).diagnostics.map((d) => d.code).sort();
    expect(codes).toEqual(['key-mismatch', 'unknown-key']);
  });

  it('a problem that is not a mapping does not hide the others', () => {
    const codes = check(`problems:\n  - just text\n${wrongKey}\n`).diagnostics.map((d) => d.code).sort();
    expect(codes).toEqual(['key-mismatch', 'wrong-type']);
  });
});

describe('duplicate part ids', () => {
  it('two parts with one id are an error at the second id', () => {
    const text = `problems:\n  - id: twice\n    tags: [t]\n    prompt: p\n    parts:${tf('', 'same')}${tf('', 'same')}\n`;
    const r = check(text);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect([d.code, d.severity, d.line]).toEqual(['duplicate-id', 'error', text.split('\n').lastIndexOf('      - id: same') + 1]);
    expect(d.message).toMatch(/part id 'same' is already used by part 1/);
  });

  it('an explicit id that equals another part\'s position is an error too', () => {
    // Part 2 has no id, so it is known as '2', which part 1 claims.
    const r = check(`problems:\n  - id: clash\n    tags: [t]\n    prompt: p\n    parts:${tf('', "'2'")}${tf()}\n`);
    expect(r.diagnostics.map((d) => [d.code, d.message.includes("position, '2'")])).toEqual([['duplicate-id', true]]);
  });

  it('distinct ids pass', () => {
    expect(check(`problems:\n  - id: fine\n    tags: [t]\n    prompt: p\n    parts:${tf('', 'a')}${tf('', 'b')}\n`).diagnostics).toEqual([]);
  });
});

describe('messages that say what is really wrong', () => {
  it('a key of another part kind names the kinds that take it, and does not list it as allowed', () => {
    const r = check(`problems:\n  - id: tol\n    tags: [t]\n    prompt: p\n    parts:${tf('\n        tolerance: { abs: 0.1 }')}\n`);
    const [d] = r.diagnostics;
    expect(d!.code).toBe('unknown-key');
    expect(d!.message).toMatch(/a true-false part has no 'tolerance' key \(only number, vector and matrix parts take it\)/);
    expect(d!.message.split('keys are:')[1]).not.toMatch(/tolerance/);
  });

  it('figure: true says what figure accepts', () => {
    const text = `problems:\n  - id: fig\n    tags: [t]\n    prompt: p\n    network: { layers: [1, 1], activations: [relu] }\n    figure: true\n    parts:${tf()}\n`;
    const [d] = check(text).diagnostics;
    expect(d!.line).toBe(lineOf(text, 'figure: true'));
    expect(d!.message).not.toMatch(/Invalid input/);
    expect(d!.message).toMatch(/'figure' must be false .*or a mapping .*weights.*; got boolean true/);
  });
});
