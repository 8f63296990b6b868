import { describe, expect, it } from 'vitest';
import { parseFormula, symbolsOf, symbolSummary, type Arch } from '../../src/formula/index.js';
import { NET_2221 } from './fixtures.js';

const LARGEST: Arch = { layers: [...Array<number>(16).fill(64), 1], activations: [...Array(15).fill('relu' as const), 'linear'] };

describe('the list of symbols in an error message', () => {
  it('names each group of a small network, as ranges', () => {
    expect(symbolSummary(NET_2221)).toBe(
      'W1_11..W1_22, W2_11..W2_22, W3_11, W3_21, z1_1, z1_2, z2_1, z2_2, z3_1, a1_1, a1_2, a2_1, a2_2, a3_1, x_1, x_2, H',
    );
  });

  it('folds three or more layers alike into one entry, so a deep network fits a few lines', () => {
    const summary = symbolSummary(LARGEST);
    expect(summary).toBe(
      'W1_11..W1_64,64 and so on to W15_11..W15_64,64, W16_11..W16_64,1, z1_1..z1_64 and so on to z15_1..z15_64, z16_1, ' +
        'a1_1..a1_64 and so on to a15_1..a15_64, a16_1, x_1..x_64, H',
    );
    // It was every layer's range: 850 characters of message.
    const r = parseFormula('W17_11', LARGEST);
    expect(!r.ok && r.error.length).toBeLessThan(320);
  });

  it('does not fold layers of different widths, nor kinds', () => {
    const arch: Arch = { layers: [2, 3, 3, 4, 1], activations: ['relu', 'relu', 'relu', 'linear'], biases: true, loss: 'square' };
    const summary = symbolSummary(arch);
    expect(summary).not.toContain('so on');
    for (const name of ['W2_11', 'W3_34', 'b3_4', 'z4_1', 'delta1_1', 'delta4_1', 'yhat', 'L']) expect(summary).toContain(name);
    // Every symbol is in the full list, and the summary's ends are real symbols.
    const all = new Set(symbolsOf(arch));
    for (const end of summary.split(/, | and so on to |\.\./)) expect(all.has(end)).toBe(true);
  });
});
