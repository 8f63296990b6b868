/**
 * A drill never shows, or fails on, a variant that cannot be drawn: it
 * draws another seed. `check` counts the share of such draws.
 */
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import { problemsOf } from '../../src/bank/model.js';
import { checkSources } from '../../src/check/check-banks.js';
import { drawVariants, MAX_DRAWN_SEED } from '../../src/session/variants.js';
import { instantiate } from '../../src/template/instantiate.js';

/** A weight 1/(n - pole): the variant with n = pole cannot be drawn. */
function bank(lo: number, hi: number, pole: number): string {
  return `problems:
  - id: tp
    tags: []
    params:
      n: { int: [${lo}, ${hi}] }
    prompt: A network with n = {{n}}.
    network: { layers: [1, 1], activations: [linear], weights: [[["=1/(n-${pole})"]]], input: [1] }
    parts:
      - prompt: What is H?
        kind: number
        compute: { of: H }
        explanation: It is 1/(n-${pole}).
`;
}

function templateOf(text: string) {
  const loaded = loadBank('b.yaml', text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return { problem: problemsOf(loaded.bank)[0]!, raw: loaded.bank.problems[0]!.raw };
}

/** The first seeds whose variant cannot be drawn. */
function failingSeeds(raw: Record<string, unknown>, want: number): number[] {
  const out: number[] = [];
  for (let seed = 1; out.length < want; seed++) if (!instantiate(raw, seed).ok) out.push(seed);
  return out;
}

/** A generator whose first draw is `seed`, then ordinary ones. */
function startingAt(seed: number) {
  let first = true;
  let k = 0;
  return () => {
    if (first) {
      first = false;
      return (seed - 1 + 0.5) / MAX_DRAWN_SEED;
    }
    k++;
    return (k * 0.6180339887) % 1;
  };
}

describe('variants that cannot be drawn', () => {
  const { problem, raw } = templateOf(bank(1230, 1240, 1234));
  const [bad] = failingSeeds(raw, 1);

  it('a drill draws another seed instead of failing', () => {
    const drawn = drawVariants([problem], startingAt(bad!));
    expect(drawn.ok).toBe(true);
    const seed = drawn.ok ? drawn.problems[0]!.variant?.seed : undefined;
    expect(seed).not.toBe(bad);
    expect(instantiate(raw, seed!).ok).toBe(true);
  });

  it('--variant CODE for a failing seed says why', () => {
    const drawn = drawVariants([problem], startingAt(1), [{ id: 'tp', seed: bad! }]);
    expect(drawn.ok).toBe(false);
    expect(!drawn.ok && drawn.error).toMatch(new RegExp(`^variant tp@${bad} cannot be drawn: network\\.weights.*finite.*; drill tp without --variant`));
  });

  it('check fails a template when the share of failed draws is high', () => {
    const report = checkSources([{ file: 'b.yaml', text: bank(1230, 1240, 1234) }]);
    const summary = report.diagnostics.find((d) => /variants .* cannot be drawn/.test(d.message));
    expect(summary?.severity).toBe('error');
    expect(summary?.message).toMatch(/^tp: \d+ of 199 variants \(\d+\.\d%\) cannot be drawn \(more than 5% of draws\)/);
    expect(report.ok).toBe(false);
  });

  it('and reports a rare one as a warning, with its share', () => {
    const report = checkSources([{ file: 'b.yaml', text: bank(1, 150, 7) }]);
    const summary = report.diagnostics.find((d) => /variants .* cannot be drawn/.test(d.message));
    expect(summary?.severity).toBe('warning');
    expect(summary?.message).toMatch(/a drill draws another seed instead/);
    expect(report.ok).toBe(true);
  });
});
