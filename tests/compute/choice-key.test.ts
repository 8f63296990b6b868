import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import { problemsOf } from '../../src/bank/model.js';
import { checkSources } from '../../src/check/check-banks.js';

/*
 * A choice whose options or key are computed (src/compute/choice-key.ts):
 * the key is the one option equal to the computed value, and check fails
 * when none is, when several are, or when a literal answer names another.
 * On f = x^2 from 1 at rate 0.25 the one step reaches 1 - 0.25 * 2 = 0.5.
 */
const bank = (options: string, extra = '') => `problems:
  - id: c
    tags: []
    prompt: p
    descent: { function: "x^2", start: { x: 1 }, rate: 0.25 }
    parts:
      - prompt: q
        kind: choice
        options: ${options}
        compute: { of: iterate }
${extra}        explanation: e
`;
const errors = (text: string) => checkSources([{ file: 'c.yaml', text }]).diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

function keyOf(text: string): { options: string[]; answer: number } {
  const loaded = loadBank('c.yaml', text);
  if (!loaded.ok) throw new Error('does not load');
  const key = problemsOf(loaded.bank)[0]!.parts[0]!.key;
  if (key.kind !== 'choice') throw new Error('not a choice');
  return { options: key.options, answer: key.answer };
}

// Loading mathjs's derivative from source takes seconds on a loaded machine.
describe('a choice with a computed key', { timeout: 120_000 }, () => {
  it.each([
    ['["0.25", "0.5", "1"]', ['0.25', '0.5', '1'], 1],
    // 1/2 is read as a student typing it would be.
    ['["1", "1/2"]', ['1', '1/2'], 1],
    // Computed options are written out as keys are shown: the start, then the step.
    ['[{ compute: { of: iterate, step: 0 } }, { compute: { of: iterate } }, "0"]', ['1', '0.5', '0'], 1],
  ])('finds the option equal to it in %s', (options, shown, answer) => {
    const text = bank(options);
    expect(errors(text)).toEqual([]);
    expect(keyOf(text)).toEqual({ options: shown, answer });
  });

  it.each([
    ['["0.25", "1"]', '', 'no option equals'],
    ['["0.5", "1/2", "1"]', '', 'options a and b all equal'],
    ['["1", "0.5"]', '        answer: a\n', "answer is 'a' but"],
  ])('fails check on %s', (options, extra, why) => {
    expect(errors(bank(options, extra)).join('\n')).toContain(why);
  });
});
