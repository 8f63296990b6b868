/**
 * A `matrix` part through load and check: the fixture bank passes; a
 * ragged answer, one of `from`/`to` alone, a matrix compute on another
 * kind and a literal of the wrong shape are located errors; a literal
 * off the computed matrix is a key-mismatch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import { problemsOf } from '../../src/bank/model.js';
import { checkSources } from '../../src/check/check-banks.js';
import { grade } from '../../src/grade/grade.js';

const FIXTURE = join(__dirname, '..', 'fixtures', 'networks', 'matrix.yaml');
const NETWORK = '{ layers: [2, 3], activations: [linear], weights: [[[1, 2, 3], [0, -1, 1]]], input: [1, 2], loss: half-square, target: [1, 0, 2] }';

function bank(part: string, network = NETWORK): string {
  return `problems:
  - id: p
    tags: []
    prompt: A network.
    network: ${network}
    parts:
      - prompt: The gradient?
${part.replace(/^/gm, '        ')}
        explanation: By the chain rule.
`;
}

const diagnostics = (text: string) => checkSources([{ file: 'b.yaml', text }]).diagnostics;
const errors = (text: string) => diagnostics(text).filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`);

describe('the matrix fixture bank', () => {
  it('passes check with no error and no warning', () => {
    const r = checkSources([{ file: FIXTURE, text: readFileSync(FIXTURE, 'utf8') }]);
    expect(r.diagnostics).toEqual([]);
  });

  it('gives the drill matrix keys in each network\'s layout', () => {
    const loaded = loadBank(FIXTURE, readFileSync(FIXTURE, 'utf8'));
    if (!loaded.ok) throw new Error('does not load');
    const keys = problemsOf(loaded.bank).map((p) => p.parts[0]!.key);
    expect(keys[0]).toMatchObject({ kind: 'matrix', answer: [[0, 1], [0, 2]] });
    expect(keys[1]).toMatchObject({ kind: 'matrix', answer: [[0, 0], [1, 2]] });
    expect(grade(keys[1]!, '0 0; 1 2')).toMatchObject({ correct: true });
    expect(grade(keys[1]!, '0 1; 0 2')).toMatchObject({ correct: false });
  });
});

describe('check on a matrix part', () => {
  // z = (1, 0, 5), ŷ − y = (0, 0, 3), x = (1, 2): dL/dW = [[0, 0, 3], [0, 0, 6]] from-to.
  it('accepts the computed key as a literal, and a to-from network its transpose', () => {
    expect(errors(bank('kind: matrix\nanswer: [[0, 0, 3], [0, 0, 6]]\ncompute: { of: dL/dW, layer: 1 }'))).toEqual([]);
    const toFrom = NETWORK.replace('weights: [[[1, 2, 3], [0, -1, 1]]]', 'layout: to-from, weights: [[[1, 0], [2, -1], [3, 1]]]');
    expect(errors(bank('kind: matrix\nanswer: [[0, 0], [0, 0], [3, 6]]\ncompute: { of: dL/dW, layer: 1 }', toFrom))).toEqual([]);
  });

  it('fails a literal with one entry off, naming the computed matrix', () => {
    const e = errors(bank('kind: matrix\nanswer: [[0, 0, 3], [0, 0, 6.1]]\ncompute: { of: dL/dW, layer: 1 }'));
    expect(e).toHaveLength(1);
    expect(e[0]).toContain('key-mismatch');
    expect(e[0]).toContain('[[0, 0, 3], [0, 0, 6]]');
  });

  it.each([
    ['a literal of the transposed shape', 'kind: matrix\nanswer: [[0, 0], [0, 0], [3, 6]]\ncompute: { of: dL/dW, layer: 1 }', "'dL/dW' of layer 1 is 2 x 3 in the from-to layout; the answer is 3 x 2"],
    ['a ragged literal', 'kind: matrix\nanswer: [[1, 2], [3]]', 'row 2 has 1'],
    ['an empty row', 'kind: matrix\nanswer: [[]]', 'invalid'],
    ['from without to', 'kind: number\ncompute: { of: dL/dW, layer: 1, from: 1 }', 'give both from and to (one weight), or neither (the whole matrix W^(1))'],
    ['a whole matrix on a number part', 'kind: number\ncompute: { of: dL/dW, layer: 1 }', "'dL/dW' gives a matrix, but this part's kind is 'number'"],
    ['one weight on a matrix part', 'kind: matrix\ncompute: { of: dL/dW, layer: 1, from: 1, to: 1 }', "'dL/dW' gives a number, but this part's kind is 'matrix'"],
    ['a matrix part without its key', 'kind: matrix', "missing required key 'answer'"],
  ])('%s is a located error', (_, part, message) => {
    const e = errors(bank(part));
    expect(e.join('\n')).toContain(message);
    expect(e.every((x) => /^\d+:\d+ /.test(x) && !x.startsWith('0:'))).toBe(true);
  });
});
