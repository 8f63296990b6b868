import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check/check-banks.js';

/**
 * A template whose parameter has few values draws the same variant for many
 * seeds; check checks each distinct variant once (check-variant.ts), yet
 * must report a fault under every seed that shows it, as before.
 */
const bank = (rate: string) => `problems:
  - id: one-step
    tags: [t]
    params:
      r: { int: [${rate}] }
    prompt: One step at rate {{r}}.
    descent: { model: linear, data: [[1, 3], [2, 3], [3, 6]], weights: [0, 0], rate: =r/2 }
    parts:
      - kind: vector
        prompt: The weights after one step?
        answer: [4, 8]
        compute: { of: descent-step }
        explanation: Worked.
`;

const mismatches = (text: string) =>
  checkSources([{ file: 'bank.yaml', text }], [], { variants: 6 })
    .diagnostics.filter((d) => d.code === 'key-mismatch')
    .map((d) => /variant seed (\d+)/.exec(d.message)?.[1] ?? 'first');

describe('check on a template whose variants repeat', () => {
  it('reports a wrong key under each of the first failing seeds, though every variant is the same', () => {
    // One value of r: every seed draws the same problem, whose step is (4, 9).
    expect(mismatches(bank('1, 1'))).toEqual(['first', '2', '3', '4']);
  });

  it('reports nothing once the key is right for the one variant', () => {
    expect(mismatches(bank('1, 1').replace('[4, 8]', '[4, 9]'))).toEqual([]);
  });
});
