import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';

const part = `    parts:
      - prompt: What is 1 + 1?
        kind: number
        answer: 2
        explanation: Count.`;
const problem = (extra = '') => `problems:
  - id: p1
    tags: [t]
    prompt: A problem.${extra}
${part}
`;

function firstError(text: string) {
  const r = loadBank('bank.yaml', text);
  if (r.ok) throw new Error('expected the bank to be rejected');
  return r.diagnostics[0]!;
}

describe('loadBank', () => {
  it('accepts a minimal bank and keeps positions', () => {
    const r = loadBank('bank.yaml', problem());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.bank.problems[0]!.first.data.parts[0]!.answer).toBe(2);
    expect(r.bank.locate(['problems', 0, 'parts', 0, 'answer'])).toEqual({ line: 8, col: 17 });
    expect(r.bank.source(['problems', 0, 'parts', 0, 'answer'])).toBe('2');
  });

  it.each([
    ['an empty file', '', 'empty-file', 1, 1],
    ['a YAML syntax error', 'problems: [\n', 'yaml-syntax', 2, 1],
    ['a duplicate key', problem().replace('    tags: [t]', '    tags: [t]\n    tags: [u]'), 'yaml-syntax', 4, 5],
    ['a tab as indentation', problem().replace('    tags: [t]', '\ttags: [t]'), 'yaml-syntax', 3, 1],
    ['a misspelt key', problem().replace('explanation:', 'explanaton:'), 'unknown-key', 9, 9],
    ['a missing key', problem().replace('        answer: 2\n', ''), 'missing-key', 6, 9],
    ['a wrong type', problem().replace('answer: 2', 'answer: two'), 'wrong-type', 8, 17],
    ['an unknown kind', problem().replace('kind: number', 'kind: numeric'), 'invalid-value', 7, 15],
    ['a bad id', problem().replace('id: p1', 'id: P 1'), 'invalid-value', 2, 9],
    ['an unknown activation', problem('\n    network: { layers: [1, 1], activations: [relu6] }'), 'invalid-value', 5, 46],
    ['a weight matrix of the wrong shape', problem('\n    network: { layers: [2, 1], activations: [relu], weights: [[[1, 2]]] }'), 'invalid-value', 5, 63],
    ['a compute out of range', problem().replace('answer: 2', 'answer: 2\n        compute: { of: dH/da, layer: 3, node: 1 }') .replace('A problem.', 'A problem.\n    network: { layers: [1, 1], activations: [relu], weights: [[[1]]], input: [1] }'), 'invalid-value', 10, 38],
    ['infinity as an answer', problem().replace('answer: 2', 'answer: .inf'), 'wrong-type', 8, 17],
  ])('rejects %s with a located error', (_name, text, code, line, col) => {
    const d = firstError(text);
    expect(d.code).toBe(code);
    expect([d.line, d.col]).toEqual([line, col]);
    expect(d.message.length).toBeGreaterThan(10);
  });

  it('suggests the key a misspelling was meant to be', () => {
    expect(firstError(problem().replace('explanation:', 'explanaton:')).message).toMatch(/did you mean 'explanation'/);
  });

  it('stops an alias bomb as a value, not a hang', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const d = firstError(lines.join('\n'));
    expect(d.code).toBe('yaml-syntax');
  });

  it('names the letter range when a choice answer has no option', () => {
    const text = problem().replace('kind: number\n        answer: 2', 'kind: choice\n        options: ["0", "1"]\n        answer: c');
    expect(firstError(text).message).toMatch(/from a to b/);
  });
});
