import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check/check-banks.js';
import { explanationProblem, finalValue } from '../../src/check/check-explanation.js';

describe('the final value of an explanation', () => {
  it.each([
    ['= 5(-3) + 1(1) = -14\\).', '-14'],
    ['= -1 \\cdot 0 = 0\\).', '0'],
    ['Total: \\(16 + 10 + 3 = 29\\).', '29'],
    ['= (0, 0)^T - \\frac{1}{2}(-8, -18)^T = (4, 9)^T \\)', '(4, 9)'],
    ['= 0.182\\)', '0.182'],
    ['H = 3(-3)\\)', undefined], // ends with arithmetic, states no value
    ['= \\frac{1}{2}\\).', undefined],
    ['It is what it is.', undefined],
    ['= 3 and then = 4 \\cdot x\\)', undefined], // 3 is not the end of a statement
  ])('%j states %j', (text, want) => {
    expect(finalValue(text)).toBe(want);
  });

  it('must be the key, by the part\'s comparison', () => {
    expect(explanationProblem('= -8\\).', { kind: 'number', answer: -9 })).toMatch(/ends with the value -8, but the key is -9/);
    expect(explanationProblem('= 0.182\\).', { kind: 'number', answer: 0.182426 })).toBeUndefined();
    expect(explanationProblem('= (4, 9)^T\\)', { kind: 'vector', answer: [4, 8] })).toMatch(/\(4, 9\)/);
  });
});

describe('check catches an explanation that contradicts the key', () => {
  const fresh = readFileSync(new URL('../../problems/quiz-07b-fresh.yaml', import.meta.url), 'utf8');

  it('in a template, where the explanation computes its own number', () => {
    const target = '{{relu(x1)*d1}}\\)';
    expect(fresh).toContain(target);
    const report = checkSources([{ file: 'fresh.yaml', text: fresh.replace(target, '{{relu(x1)*d1 + 1}}\\)') }], [], { variants: 3 });
    const found = report.diagnostics.filter((d) => d.code === 'explanation-mismatch');
    expect(found[0]?.message).toMatch(/backprop-partial-facts-fresh part 5: the explanation ends with the value -8, but the key is -9/);
    expect(report.ok).toBe(false);
  });

  it('while the bundled bank holds', () => {
    const report = checkSources([{ file: 'fresh.yaml', text: fresh }], [], { variants: 3 });
    expect(report.diagnostics.filter((d) => d.code === 'explanation-mismatch')).toEqual([]);
  });
});
