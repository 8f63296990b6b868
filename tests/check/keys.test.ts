/**
 * `check` and the drill agree on the key: the computed value is the key,
 * and a literal beside it is a claim that must be that value, exactly or
 * correctly rounded.
 */
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import { problemsOf } from '../../src/bank/model.js';
import { checkSources } from '../../src/check/check-banks.js';
import { grade } from '../../src/grade/grade.js';

/** One number part on a network with one weight: H = w * x. */
function bank(network: string, part: string): string {
  return `problems:
  - id: p
    tags: []
    prompt: A network.
    network: ${network}
    parts:
      - prompt: What is H?
        kind: number
${part.replace(/^/gm, '        ')}
        explanation: It is what it is.
`;
}

const CANCELLING = '{ layers: [2, 1], activations: [linear], weights: [[[0.81], [-0.35]]], input: [9100, 21060] }';
const ONE_WEIGHT = '{ layers: [1, 1], activations: [linear], weights: [[[0.4501660027]]], input: [1] }';

const errors = (text: string) => checkSources([{ file: 'b.yaml', text }]).diagnostics.filter((d) => d.severity === 'error');
const keyOf = (text: string) => {
  const loaded = loadBank('b.yaml', text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return problemsOf(loaded.bank)[0]!.parts[0]!.key;
};

describe('a computed zero', () => {
  it('a literal answer 0 is the right key', () => {
    expect(errors(bank(CANCELLING, 'answer: 0\ncompute: { of: H }'))).toEqual([]);
  });

  it('with compute only, the drill shows 0 and grades 0 right', () => {
    const key = keyOf(bank(CANCELLING, 'compute: { of: H }'));
    expect(grade(key, '0')).toEqual({ status: 'graded', correct: true, expected: '0' });
  });
});

describe('a literal beside a computation', () => {
  it('is accepted when it is the computed key correctly rounded, and the drill grades against the computed key', () => {
    const text = bank(ONE_WEIGHT, 'answer: 0.4502\ncompute: { of: H }');
    expect(errors(text)).toEqual([]);
    const said = checkSources([{ file: 'b.yaml', text }]).diagnostics.filter((d) => d.code === 'rounded-literal');
    expect(said.map((d) => [d.severity, d.message])).toEqual([['warning', 'p part 1: answer 0.4502 is the computed 0.450166 rounded; the drill grades against and shows the computed value']]);
    expect(checkSources([{ file: 'b.yaml', text: text.replace('0.4502', '0.4501660027') }]).diagnostics).toEqual([]);
    const key = keyOf(text);
    expect(grade(key, '0.4501660027')).toMatchObject({ correct: true, expected: '0.450166' });
    expect(grade(key, '0.450166')).toMatchObject({ correct: true });
  });

  it('is a key-mismatch when it is not the key rounded', () => {
    const found = errors(bank(ONE_WEIGHT, 'answer: 0.4503\ncompute: { of: H }'));
    expect(found.map((d) => d.code)).toEqual(['key-mismatch']);
    expect(found[0]!.message).toMatch(/answer is 0.4503 but the evaluator computes 0.450166/);
  });

  it('a whole key must be given whole', () => {
    const count = `problems:
  - id: p
    tags: []
    prompt: Count.
    network: { layers: [64, 64, 64, 1] }
    parts:
      - prompt: How many parameters?
        kind: number
        answer: 8390
        compute: { of: parameter-count, biases: true }
        explanation: Count them.
`;
    expect(errors(count).map((d) => d.code)).toEqual(['key-mismatch']);
    expect(errors(count.replace('8390', '8385'))).toEqual([]);
  });
});

describe('comparison choices in a bank', () => {
  it('reads compare and rejects it beside a tolerance', () => {
    expect(keyOf(bank(ONE_WEIGHT, 'compute: { of: H }\ncompare: { sigfigs: 4 }'))).toMatchObject({ compare: { mode: 'sigfigs', digits: 4 } });
    expect(keyOf(bank(ONE_WEIGHT, 'compute: { of: H }\ncompare: exact'))).toMatchObject({ compare: { mode: 'exact' } });
    expect(keyOf(bank(ONE_WEIGHT, 'compute: { of: H }\ntolerance: { abs: 1e-5 }'))).toMatchObject({ compare: { mode: 'tolerance', abs: 1e-5 } });
    const both = loadBank('b.yaml', bank(ONE_WEIGHT, 'compute: { of: H }\ntolerance: { abs: 1e-5 }\ncompare: exact'));
    expect(both.ok).toBe(false);
    expect(!both.ok && both.diagnostics[0]!.message).toMatch(/not both/);
  });

  it('an explicit tolerance is the whole rule in the drill', () => {
    const key = keyOf(bank('{ layers: [1, 1], activations: [linear], weights: [[[0.182426]]], input: [1] }', 'compute: { of: H }\ntolerance: { abs: 1e-5 }'));
    expect(grade(key, '0.182')).toMatchObject({ correct: false });
    expect(grade(key, '0.18243')).toMatchObject({ correct: true });
  });
});

describe('a key that is not finite', () => {
  it('is a check error (cannot-compute, exit 2), never a key that accepts everything', () => {
    const text = bank('{ layers: [1, 1], activations: [linear], weights: [[[1e200]]], input: [1e200] }', 'compute: { of: H }');
    const report = checkSources([{ file: 'b.yaml', text }]);
    expect(report.diagnostics.map((d) => [d.code, d.line])).toEqual([['cannot-compute', 9]]);
    expect(report.diagnostics[0]!.message).toMatch(/H is Infinity, not a finite number/);
  });
});
